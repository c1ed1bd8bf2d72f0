-- The advisor dashboard's read model: one row per learner with the risk facts, the level and
-- the reasons (lib/server/data/risk-facts.ts computes them with lib/domain/risk.ts). A row holds
-- for now in ["computedAt", "staleAt"): "staleAt" is the next instant time alone changes a fact
-- (a session leaving the 7/28-day window, a call passing, the 14 days running out, Paris
-- midnight). Every write to a table a fact comes from marks the learner's row stale in the
-- writer's own transaction (the statement triggers below: they see every writer, raw SQL and
-- bulk updates included) and bumps "version"; a refresh writes its result only if the version
-- it read is still the row's, so a write committed during a refresh is never lost.
CREATE TABLE "LearnerRiskFacts" (
    "learnerId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT '-infinity',
    "staleAt" TIMESTAMP(3) NOT NULL DEFAULT '-infinity',
    "held7" INTEGER NOT NULL DEFAULT 0,
    "held28" INTEGER NOT NULL DEFAULT 0,
    "heldThisWeek" INTEGER NOT NULL DEFAULT 0,
    "lastHeldAt" TIMESTAMP(3),
    "lastNoShowAt" TIMESTAMP(3),
    "noShowsSinceLastHeld" INTEGER NOT NULL DEFAULT 0,
    "missedCalls" INTEGER NOT NULL DEFAULT 0,
    "onBreak" BOOLEAN NOT NULL DEFAULT false,
    "lastBreakEnd" TIMESTAMP(3),
    "progressStatus" TEXT NOT NULL DEFAULT 'ON_TIME',
    "progressWeeks" INTEGER NOT NULL DEFAULT 0,
    "lateWeeks" INTEGER NOT NULL DEFAULT 0,
    "openRequests" INTEGER NOT NULL DEFAULT 0,
    "openAlerts" INTEGER NOT NULL DEFAULT 0,
    "openDropoutAlert" BOOLEAN NOT NULL DEFAULT false,
    "commitmentSignal" BOOLEAN NOT NULL DEFAULT false,
    "attendanceSignal" BOOLEAN NOT NULL DEFAULT false,
    "openCaseId" TEXT,
    "openCaseReason" TEXT,
    "nextAppointmentAt" TIMESTAMP(3),
    "level" TEXT NOT NULL DEFAULT 'NONE',
    "levelRank" INTEGER NOT NULL DEFAULT 2,
    "reasons" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "reasonCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LearnerRiskFacts_pkey" PRIMARY KEY ("learnerId")
);

ALTER TABLE "LearnerRiskFacts" ADD CONSTRAINT "LearnerRiskFacts_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- The worker's sweep: rows whose time has come.
CREATE INDEX "LearnerRiskFacts_staleAt_idx" ON "LearnerRiskFacts"("staleAt");

-- Marks the learners of the changed rows stale (creating their row if needed). Statement
-- triggers with transition tables: one upsert per statement, however many rows (the bench
-- seeds 800,000 sessions in one statement). A learner whose profile is gone is skipped.
CREATE FUNCTION public."markRiskFactsStale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "LearnerRiskFacts" ("learnerId")
    SELECT DISTINCT t."learnerId" FROM new_rows t JOIN "LearnerProfile" lp ON lp."userId" = t."learnerId"
    ON CONFLICT ("learnerId") DO UPDATE SET "version" = "LearnerRiskFacts"."version" + 1, "staleAt" = '-infinity';
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO "LearnerRiskFacts" ("learnerId")
    SELECT DISTINCT x."learnerId" FROM (SELECT "learnerId" FROM new_rows UNION SELECT "learnerId" FROM old_rows) x
      JOIN "LearnerProfile" lp ON lp."userId" = x."learnerId"
    ON CONFLICT ("learnerId") DO UPDATE SET "version" = "LearnerRiskFacts"."version" + 1, "staleAt" = '-infinity';
  ELSE
    INSERT INTO "LearnerRiskFacts" ("learnerId")
    SELECT DISTINCT t."learnerId" FROM old_rows t JOIN "LearnerProfile" lp ON lp."userId" = t."learnerId"
    ON CONFLICT ("learnerId") DO UPDATE SET "version" = "LearnerRiskFacts"."version" + 1, "staleAt" = '-infinity';
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['MentoringSession', 'LearnerMilestone', 'LearnerBreak', 'SupportRequest', 'LearnerSignal', 'FollowUpCase', 'Appointment'] LOOP
    EXECUTE format('CREATE TRIGGER "%s_riskFacts_ins" AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."markRiskFactsStale"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_riskFacts_upd" AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."markRiskFactsStale"()', t, t);
    EXECUTE format('CREATE TRIGGER "%s_riskFacts_del" AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public."markRiskFactsStale"()', t, t);
  END LOOP;
END $$;

-- The profile itself: a new learner gets a stale row; a changed training start changes a fact.
CREATE FUNCTION public."markProfileRiskFactsStale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "LearnerRiskFacts" ("learnerId")
  SELECT DISTINCT t."userId" FROM new_rows t
  ON CONFLICT ("learnerId") DO UPDATE SET "version" = "LearnerRiskFacts"."version" + 1, "staleAt" = '-infinity';
  RETURN NULL;
END $$;
CREATE TRIGGER "LearnerProfile_riskFacts_ins" AFTER INSERT ON "LearnerProfile" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."markProfileRiskFactsStale"();
CREATE TRIGGER "LearnerProfile_riskFacts_upd" AFTER UPDATE ON "LearnerProfile" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public."markProfileRiskFactsStale"();

-- Every learner already there starts stale; the first dashboard render or worker run computes them.
INSERT INTO "LearnerRiskFacts" ("learnerId") SELECT "userId" FROM "LearnerProfile";
