// Every server action × every role. The actions are enumerated from the
// action client's registry after importing every "use server" module of the
// tree, so an action with no row below fails, and so does a "use server"
// export that was not built by the action client (it would skip its checks).
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { ROLES as ALL_ROLES } from "@/lib/domain/roles";
import { registeredActions, runAs } from "@/lib/server/actions/client";
import type { Actor } from "@/lib/server/auth/actor";
import { createUser } from "../factories";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { serverActionModules } from "./support/server-actions";

const db = freshDatabase();
const ROLES: Role[] = [...ALL_ROLES];
/** Who may call each action: one file of rows per area, in ./action-rows/. */
const MATRIX: Record<string, readonly Role[] | "public"> = Object.assign(
  {},
  ...Object.values(import.meta.glob<{ ROWS: Record<string, readonly Role[] | "public"> }>("./action-rows/*.ts", { eager: true })).map((m) => m.ROWS),
);

const root = path.resolve(__dirname, "../..");
const modules = serverActionModules();
const exported = new Map<string, (input: unknown) => Promise<unknown>>();
const foreign: string[] = [];

beforeAll(async () => {
  for (const file of modules) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const meta = (value as { meta?: { name: string } } | undefined)?.meta;
      if (typeof value !== "function" || !meta) foreign.push(`${path.relative(root, file)}#${name}`);
      // A plain-form action answers through `answer` (the form itself ignores the result).
      else exported.set(meta.name, ((value as { answer?: unknown }).answer ?? value) as (input: unknown) => Promise<unknown>);
    }
  }
});

describe("server actions", () => {
  it("every export of a 'use server' module is built by the action client", () => {
    expect(modules.length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });

  it("every action has a row in the matrix, and every row an action, with the same roles", () => {
    const actual = Object.fromEntries([...registeredActions()].map(([name, meta]) => [name, meta.roles === "public" ? "public" : [...meta.roles].sort()]));
    const expected = Object.fromEntries(Object.entries(MATRIX).map(([name, roles]) => [name, roles === "public" ? "public" : [...roles].sort()]));
    expect(actual).toEqual(expected);
  });

  describe("a role outside the list gets the not-found answer and nothing is written", () => {
    const actors = new Map<Role, Actor>();
    beforeAll(async () => {
      for (const role of ROLES) actors.set(role, actorOf(await createUser(db(), { role })));
    });

    it.each(Object.entries(MATRIX).filter(([, roles]) => roles !== "public"))("%s", async (name, roles) => {
      const act = exported.get(name);
      expect(act, name).toBeDefined();
      const tables = () => db().$queryRaw<{ n: bigint }[]>`SELECT (SELECT count(*) FROM "SupportRequest") + (SELECT count(*) FROM "RequestEvent") + (SELECT count(*) FROM "AuditLog") + (SELECT count(*) FROM "EmailOutbox") + (SELECT count(*) FROM "MentoringSession") + (SELECT count(*) FROM "FollowUpCase") AS n`;
      const before = (await tables())[0].n;
      for (const role of ROLES.filter((r) => !(roles as readonly Role[]).includes(r))) {
        // A valid-looking input: the role check must come before parsing.
        await expect(runAs(actors.get(role)!, () => act!({ id: "00000000-0000-0000-0000-000000000000" })), `${name} as ${role}`).resolves.toMatchObject({ ok: false, notFound: true });
      }
      await expect(runAs(null, () => act!({})), `${name} signed out`).resolves.toMatchObject({ ok: false, notFound: true });
      expect((await tables())[0].n).toBe(before);
    });
  });
});
