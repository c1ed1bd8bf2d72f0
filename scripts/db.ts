// npm run db:migrate | db:migrate:new <name> | db:seed
// Database chores against DATABASE_URL, or the embedded PostgreSQL in
// ./data/postgres when it is unset (started for the command, stopped after
// unless `npm start` is using it).
import { resolveDatabase } from "./lib/database-url";
import { createMigration, migrateDeploy, migrateStatus, seed } from "./lib/prisma-cli";
import { runMain } from "./lib/shutdown";

const USAGE = `Usage: tsx scripts/db.ts <command>
  migrate                      apply pending migrations (prisma migrate deploy)
  new <name> [--create-only]   create prisma/migrations/<timestamp>_<name> from schema changes, apply it
                               and regenerate the client (like prisma migrate dev --name <name>);
                               --create-only writes the SQL without applying it
  seed --demo                  load the demo data into an empty database (prisma/seed.ts): accounts
                               with a published password, for a demo or test instance only
  status                       show which migrations are applied (prisma migrate status)
Uses DATABASE_URL when set (DIRECT_DATABASE_URL for migrate, new and status when set:
a direct connection past a pooler), else the embedded PostgreSQL in ./data/postgres.`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const flags = rest.filter((a) => a.startsWith("--"));
  const [name] = rest.filter((a) => !a.startsWith("--"));

  if (!command || command === "help" || command === "--help") {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (!["migrate", "new", "seed", "status"].includes(command)) {
    console.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 1;
  }
  if (command === "new" && !/^[a-z0-9_]+$/i.test(name ?? "")) {
    console.error(`\`new\` needs a migration name made of letters, digits and _ (e.g. add_request_tags).\n\n${USAGE}`);
    return 1;
  }

  if (command === "seed" && !flags.includes("--demo")) {
    console.error("The seed loads demo accounts whose password is printed in the README: confirm with `npm run db:seed -- --demo`.");
    return 1;
  }
  if (command === "seed" && process.env.NODE_ENV === "production") {
    console.error("NODE_ENV is production: no demo accounts (the web server would refuse to start while they can sign in).");
    return 1;
  }

  const db = await resolveDatabase();
  if (command === "migrate") await migrateDeploy(db.migrationUrl);
  if (command === "new") await createMigration(db.migrationUrl, name, { createOnly: flags.includes("--create-only") });
  if (command === "seed") await seed(db.url);
  if (command === "status") await migrateStatus(db.migrationUrl);
  return 0;
}

runMain(main);
