// npm run bench:import [-- <rows>]
// Imports a generated learners file (5,000 rows by default) into a scratch
// database and prints how long the preview and the import took. The database
// is created on TEST_DATABASE_URL's server (or the scratch embedded one in
// ./data/test-postgres), migrated, and dropped at the end.
import { randomBytes } from "node:crypto";
import { resolveTestServer } from "./lib/database-url";
import { dropDatabase, recreateDatabase } from "./lib/pg-admin";
import { migrateDeploy } from "./lib/prisma-cli";
import { runMain } from "./lib/shutdown";

async function main(): Promise<number> {
  const rows = Number(process.argv[2] ?? 5000);
  const server = await resolveTestServer();
  const name = `portal_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
  const url = await recreateDatabase(server.url, name);
  try {
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    // Loaded after DATABASE_URL is set: the app's client connects on first use.
    const { getDb, disconnectDb } = await import("@/lib/server/db");
    const { previewImport, runImport } = await import("@/lib/server/data/import");
    const { createTrainingPath, createUser, csvBytes, learnerCsv } = await import("@/tests/factories");
    const db = getDb();
    const admin = await createUser(db, { role: "ADMIN" });
    const advisor = await createUser(db, { role: "ADVISOR" });
    const mentor = await createUser(db, { role: "MENTOR" });
    const path = await createTrainingPath(db);
    const actor = { id: admin.id, role: admin.role, firstName: admin.firstName, lastName: admin.lastName, email: admin.email, locale: admin.locale };
    // The bytes the browser sends: the encoding is detected on the server, as in the app.
    const file = csvBytes(learnerCsv({ count: rows, prefix: "bench", pathCode: path.code, advisorEmail: advisor.email, mentorEmail: mentor.email, bom: true }));
    console.log(`[bench] ${rows} rows, ${(file.byteLength / 1024).toFixed(0)} KB`);

    let began = Date.now();
    const preview = await previewImport(actor, "learners", file);
    console.log(`[bench] preview: ${Date.now() - began} ms`, preview.ok ? preview.counts : preview);
    began = Date.now();
    const result = await runImport(actor, "learners", file);
    console.log(`[bench] import: ${Date.now() - began} ms`, result);
    began = Date.now();
    const again = await runImport(actor, "learners", file);
    console.log(`[bench] same file again: ${Date.now() - began} ms`, again);
    const counts = { users: await db.user.count(), emails: await db.emailOutbox.count(), history: await db.assignmentHistory.count(), audit: await db.auditLog.count() };
    console.log("[bench] rows in the database:", counts);
    await disconnectDb();
    return result.ok ? 0 : 1;
  } finally {
    await dropDatabase(server.url, name);
    await server.stop();
  }
}

runMain(main);
