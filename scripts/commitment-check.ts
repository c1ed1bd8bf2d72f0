// Runs the weekly commitment check once, as the worker does on its schedule:
//   node --conditions=react-server --import tsx scripts/commitment-check.ts [instant]
// DATABASE_URL names the database. Without an instant it checks the week before
// this one (Europe/Paris). Idempotent: running it again writes nothing more.
import { runCommitmentCheck } from "@/lib/server/jobs/commitment-check";
import { disconnectDb } from "@/lib/server/db";

async function main(): Promise<number> {
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set.");
    return 1;
  }
  const now = process.argv[2] ? new Date(process.argv[2]) : new Date();
  if (Number.isNaN(now.getTime())) {
    console.error(`Not an instant: ${process.argv[2]} (expected e.g. 2026-11-30T08:00:00Z).`);
    return 1;
  }
  try {
    const report = await runCommitmentCheck(now);
    console.log(
      `[commitment-check] ${report.isoWeek}: ${report.learners} learners checked, ` +
        `${report.commitmentSignals} commitment and ${report.attendanceSignals} attendance signal(s) raised.`,
    );
    return 0;
  } finally {
    await disconnectDb();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
