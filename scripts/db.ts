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
  seed                         run prisma/seed.ts
  status                       show which migrations are applied (prisma migrate status)
Uses DATABASE_URL when set, else the embedded PostgreSQL in ./data/postgres.`;

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

  const db = await resolveDatabase();
  if (command === "migrate") await migrateDeploy(db.url);
  if (command === "new") await createMigration(db.url, name, { createOnly: flags.includes("--create-only") });
  if (command === "seed") await seed(db.url);
  if (command === "status") await migrateStatus(db.url);
  return 0;
}

runMain(main);
