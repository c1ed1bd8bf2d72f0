-- The advisor's dashboard (issue 14): the 12-week chart counts each learner's held sessions
-- by week. With the status in the index, the chart is an index-only scan (no heap fetch per
-- session); the index still serves every (learnerId, scheduledAt) read as before. The new
-- index is built before the old one goes, so those reads always have one; both statements
-- may run again if the migration is retried.
CREATE INDEX IF NOT EXISTS "MentoringSession_learnerId_scheduledAt_status_idx" ON "MentoringSession"("learnerId", "scheduledAt", "status");
DROP INDEX IF EXISTS "MentoringSession_learnerId_scheduledAt_idx";

-- The planner's price of reading a page at random, for this database's sessions: 1.1 (the
-- value PostgreSQL's documentation suggests when the data is in memory or on SSD) instead of
-- the default 4 (spinning disks). With 4, a caseload of 500 learners was read by hashing
-- every account in the school (a sequential scan of "User", often in parallel) instead of
-- 500 lookups by key: 29 ms against 17 ms for the dashboard at 100,000 learners. It applies
-- to connections opened after the migration (a pooler's open server connections keep the old
-- value until they reconnect), and a database created from this one as a template does not
-- inherit it. A role that may not alter the database (not its
-- owner) leaves it as it is, with a notice: an administrator can run the same statement.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database());
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'random_page_cost left unchanged: run ALTER DATABASE % SET random_page_cost = 1.1 as its owner', current_database();
END
$$;
