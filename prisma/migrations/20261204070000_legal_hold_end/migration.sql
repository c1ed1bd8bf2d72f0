-- A legal hold has an end date (issue 18): the retention job and an erasure on request
-- respect it while it is in force (until the end of that day), and ignore it afterwards.
-- Holds set before this migration get a year from today, and the admin can change it.
ALTER TABLE "LegalHold" ADD COLUMN "endsOn" DATE NOT NULL DEFAULT (CURRENT_DATE + 365);
ALTER TABLE "LegalHold" ALTER COLUMN "endsOn" DROP DEFAULT;
ALTER TABLE "LegalHold" ADD COLUMN "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX "LegalHold_endsOn_idx" ON "LegalHold"("endsOn");
