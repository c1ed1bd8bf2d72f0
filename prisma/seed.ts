// Demo data for the learner-support portal: `tsx prisma/seed.ts --demo` with DATABASE_URL set
// (`npm run db:seed -- --demo`). Its accounts share the password printed in the README, so
// it never runs without that word: `npm start` passes it only on the embedded database.
// Deterministic (seeded PRNG, dates relative to this week's Monday in Paris) and
// idempotent: a database that already has users is left untouched.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import bcrypt from "bcryptjs";
import { isoMonday, parisToday } from "./seed-data/calendar";
import { DEMO_PASSWORD } from "./seed-data/people";
import { populate } from "./seed-data/populate";

// Any constant: serialises concurrent seeds of the same database.
const SEED_LOCK = 741_852_963;

const DEMO_ACCOUNTS = [
  ["admin@demo.test", "administratrice"],
  ["support@demo.test", "support apprenants"],
  ["manager@demo.test", "mentorship manager"],
  ["conseiller@demo.test", "conseillère pédagogique"],
  ["mentor@demo.test", "mentor"],
  ["apprenant@demo.test", "apprenante"],
  ["referent@demo.test", "référente handicap"],
] as const;

async function printSummary(db: PrismaClient, seconds: number) {
  const [users, learners, paths, milestones, done, assignments, breaks, sensitive, requests, events] = await Promise.all([
    db.user.count(),
    db.learnerProfile.count(),
    db.trainingPath.count(),
    db.learnerMilestone.count(),
    db.learnerMilestone.count({ where: { completedAt: { not: null } } }),
    db.assignmentHistory.count(),
    db.learnerBreak.count(),
    db.learnerSensitive.count(),
    db.supportRequest.count(),
    db.requestEvent.count(),
  ]);
  const byStatus = await db.mentoringSession.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } });
  const sessionCounts = byStatus.map((s) => `${s.status} ${s._count._all}`).join(", ");
  console.log(`Seed done in ${seconds.toFixed(1)} s.`);
  console.log(`  users ${users} (learners ${learners}), training paths ${paths}, milestones ${milestones} (${done} completed)`);
  console.log(`  assignments ${assignments}, breaks ${breaks}, sensitive profiles ${sensitive}`);
  console.log(`  sessions: ${sessionCounts}`);
  console.log(`  requests ${requests}, request events ${events}`);
  console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const [email, label] of DEMO_ACCOUNTS) console.log(`  ${email.padEnd(22)} ${label}`);
}

async function main() {
  if (!process.argv.includes("--demo")) {
    console.error("prisma/seed.ts loads demo accounts with a published password: pass --demo to confirm (npm run db:seed -- --demo).");
    process.exitCode = 1;
    return;
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const existing = await db.user.count();
    if (existing > 0) {
      console.log(`Seed skipped: the database already has ${existing} users.`);
      return;
    }
    const started = performance.now();
    const now = new Date();
    const today = parisToday(now);
    const clock = { now, today, anchor: isoMonday(today) };
    const passwordHash = bcrypt.hashSync(DEMO_PASSWORD, 10);
    const seeded = await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
        if ((await tx.user.count()) > 0) return false;
        await populate(tx, clock, passwordHash);
        return true;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    if (!seeded) console.log("Seed skipped: another process seeded the database meanwhile.");
    else await printSummary(db, (performance.now() - started) / 1000);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
