-- The reports' rollups (issue 16: every report at 100,000 learners in under a second), kept
-- per learner and month by lib/server/data/report-rollups.ts from the figures' own records
-- queries (lib/server/data/report-figures.ts), so a figure summed from them cannot drift from
-- its drill-down.
--
-- "commitments kept": per learner and month, the learner-weeks
-- the figure counts (lib/server/data/report-figures.ts, RECORDS.commitments), how many are
-- judged and how many kept, for the weeks that began before "ReportRollupCursor"."coveredUntil"
-- (all over by then). The figure for a month or a quarter sums these rows and computes the
-- weeks since the cursor live; lib/server/data/report-rollups.ts fills them from the same
-- records query, so the sum and the drill-down cannot drift.
CREATE TABLE "LearnerCommitmentMonth" (
    "learnerId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "weeks" INTEGER NOT NULL,
    "judged" INTEGER NOT NULL,
    "kept" INTEGER NOT NULL,

    CONSTRAINT "LearnerCommitmentMonth_pkey" PRIMARY KEY ("learnerId", "month")
);
ALTER TABLE "LearnerCommitmentMonth" ADD CONSTRAINT "LearnerCommitmentMonth_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "LearnerCommitmentMonth_month_idx" ON "LearnerCommitmentMonth"("month", "learnerId") INCLUDE ("weeks", "judged", "kept");

-- No-shows (appointments and sessions held or missed), per learner, month and kind: the
-- records dated before "coveredUntil".
CREATE TABLE "LearnerAttendanceMonth" (
    "learnerId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "grp" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "hits" INTEGER NOT NULL,

    CONSTRAINT "LearnerAttendanceMonth_pkey" PRIMARY KEY ("learnerId", "month", "grp")
);
ALTER TABLE "LearnerAttendanceMonth" ADD CONSTRAINT "LearnerAttendanceMonth_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE INDEX "LearnerAttendanceMonth_month_idx" ON "LearnerAttendanceMonth"("month", "learnerId") INCLUDE ("grp", "total", "hits");

-- The learners whose rows a write made stale; "version" grows with every write, so a refresh
-- removes a mark only if no write came during it.
CREATE TABLE "ReportRollupStale" (
    "learnerId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ReportRollupStale_pkey" PRIMARY KEY ("learnerId")
);
ALTER TABLE "ReportRollupStale" ADD CONSTRAINT "ReportRollupStale_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- One row: the rollups hold the weeks that began, and the records dated, before "coveredUntil" (a Monday; null: none yet).
CREATE TABLE "ReportRollupCursor" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "coveredUntil" TIMESTAMP(3),

    CONSTRAINT "ReportRollupCursor_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ReportRollupCursor_one_row" CHECK ("id" = 1)
);
INSERT INTO "ReportRollupCursor" ("id") VALUES (1);

-- Statement triggers with transition tables, in the writer's own transaction: sessions,
-- appointments and breaks of a learner (either side of an update), and the profile's commitment,
-- start and planned end. A learner whose profile is gone is skipped.
CREATE FUNCTION public."markReportRollupStale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "ReportRollupStale" ("learnerId")
    SELECT DISTINCT t."learnerId" FROM new_rows t JOIN "LearnerProfile" lp ON lp."userId" = t."learnerId"
    ON CONFLICT ("learnerId") DO UPDATE SET "version" = "ReportRollupStale"."version" + 1;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "ReportRollupStale" ("learnerId")
    SELECT DISTINCT x."learnerId" FROM (SELECT "learnerId" FROM new_rows UNION SELECT "learnerId" FROM old_rows) x
      JOIN "LearnerProfile" lp ON lp."userId" = x."learnerId"
    ON CONFLICT ("learnerId") DO UPDATE SET "version" = "ReportRollupStale"."version" + 1;
  ELSE
    INSERT INTO "ReportRollupStale" ("learnerId")
    SELECT DISTINCT t."learnerId" FROM old_rows t JOIN "LearnerProfile" lp ON lp."userId" = t."learnerId"
    ON CONFLICT ("learnerId") DO UPDATE SET "version" = "ReportRollupStale"."version" + 1;
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['MentoringSession', 'Appointment', 'LearnerBreak'] LOOP
    EXECUTE format('CREATE TRIGGER "%s_reportRollup_ins" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."markReportRollupStale"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_reportRollup_upd" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."markReportRollupStale"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_reportRollup_del" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public."markReportRollupStale"()', t, t);
  END LOOP;
END $$;

CREATE FUNCTION public."markProfileReportRollupStale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReportRollupStale" ("learnerId")
  SELECT DISTINCT n."userId" FROM new_rows n JOIN old_rows o ON o."userId" = n."userId"
  WHERE n."weeklyCommitment" IS DISTINCT FROM o."weeklyCommitment" OR n."startDate" IS DISTINCT FROM o."startDate" OR n."plannedEndDate" IS DISTINCT FROM o."plannedEndDate"
  ON CONFLICT ("learnerId") DO UPDATE SET "version" = "ReportRollupStale"."version" + 1;
  RETURN NULL;
END $$;
CREATE TRIGGER "LearnerProfile_reportRollup_upd" AFTER UPDATE ON "LearnerProfile" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."markProfileReportRollupStale"();
-- A new learner's past weeks (an import with a start in the past) count too, sessions or not.
CREATE FUNCTION public."markNewProfileReportRollupStale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "ReportRollupStale" ("learnerId") SELECT DISTINCT n."userId" FROM new_rows n
  ON CONFLICT ("learnerId") DO UPDATE SET "version" = "ReportRollupStale"."version" + 1;
  RETURN NULL;
END $$;
CREATE TRIGGER "LearnerProfile_reportRollup_ins" AFTER INSERT ON "LearnerProfile" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."markNewProfileReportRollupStale"();
