import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers (see the README's layout). Flat config does not merge one rule's options across
// objects, so each object below lists every restriction for the files it matches, and the
// `files`/`ignores` globs keep the objects disjoint.

// The database: only lib/server/data/** and lib/server/db.ts. Types and enums of
// @prisma/client stay importable as types everywhere (`import type`); no value import
// (PrismaClient, the Prisma namespace, enum objects) outside the data layer.
const database = {
  paths: [
    { name: "@/lib/server/db", message: "Only lib/server/data/** reads or writes the database: call a data function." },
    { name: "@prisma/client", allowTypeImports: true, message: "Only lib/server/data/** uses Prisma values; elsewhere `import type` its types." },
  ],
  patterns: [{ regex: "^\\.{1,2}/(\\.\\./)*db$", message: "Only lib/server/data/** reads or writes the database: call a data function." }],
};

// Shared components take props: no session, no data function, no route code.
const components = {
  paths: [{ name: "@/lib/server/auth/session", message: "Components take props: the route's page.tsx guards and loads." }],
  patterns: [
    { regex: "^@/lib/server/data(/|$)", allowTypeImports: true, message: "Components take props: the route's page.tsx loads (type imports are fine)." },
    { regex: "^@/lib/server/views(/|$)", message: "Components take props: the route's page.tsx loads." },
    { regex: "^(@/|(\\.\\./)+)app(/|$)", message: "Shared components never import route code: move what both need to components/." },
  ],
};

// A route segment's _components folder is its own: nobody outside it imports it.
const segmentComponents = { regex: "^@/app/(.*/)?_components(/|$)", message: "A _components folder belongs to its route segment: move what is shared to components/." };

const ROLES = ["learner", "mentor", "advisor", "support", "admin"];
const otherRoles = (role) => ({
  regex: `^@/app/\\(portal\\)/(${ROLES.filter((r) => r !== role).join("|")})(/|$)`,
  message: `app/(portal)/${role} does not import another role's route folder: move what is shared to components/ or lib/.`,
});

const restrict = (...sets) => ["error", { paths: sets.flatMap((s) => s.paths ?? []), patterns: sets.flatMap((s) => s.patterns ?? []) }];
const RULE = "@typescript-eslint/no-restricted-imports";
const SOURCES = ["**/*.ts", "**/*.tsx"];
const DATA_LAYER = ["lib/server/data/**", "lib/server/db.ts"];
const inRole = (role) => `app/(portal)/${role}/**`;

const layers = [
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: DATA_LAYER,
    rules: { [RULE]: restrict(database, { patterns: [segmentComponents] }) },
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: { [RULE]: restrict(database, components, { patterns: [segmentComponents] }) },
  },
  {
    files: SOURCES.map((s) => `app/${s}`),
    ignores: ROLES.map(inRole),
    rules: { [RULE]: restrict(database, { patterns: [segmentComponents] }) },
  },
  // Inside its own role folder a route may import its own _components; another role's folder is closed.
  ...ROLES.map((role) => ({
    files: [inRole(role)],
    rules: { [RULE]: restrict(database, { patterns: [otherRoles(role)] }) },
  })),
];

const config = [
  ...nextVitals,
  ...nextTs,
  ...layers,
  {
    ignores: [".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
];

export default config;
