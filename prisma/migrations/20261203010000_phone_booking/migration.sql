-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "bookedByLearner" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "hourReminderSentAt" TIMESTAMP(3),
ADD COLUMN     "remindHourBefore" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "rescheduleCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "topic" TEXT,
ALTER COLUMN "caseId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "AdvisorAvailability" (
    "advisorId" TEXT NOT NULL,
    "firstCallMinutes" INTEGER NOT NULL DEFAULT 45,
    "followUpCallMinutes" INTEGER NOT NULL DEFAULT 30,
    "bufferMinutes" INTEGER NOT NULL DEFAULT 15,
    "minNoticeHours" INTEGER NOT NULL DEFAULT 24,
    "horizonDays" INTEGER NOT NULL DEFAULT 21,
    "dailyCap" INTEGER NOT NULL DEFAULT 6,
    "feedTokenHash" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdvisorAvailability_pkey" PRIMARY KEY ("advisorId")
);

-- CreateTable
CREATE TABLE "AvailabilityWindow" (
    "id" TEXT NOT NULL,
    "advisorId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "AvailabilityWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvailabilityException" (
    "id" TEXT NOT NULL,
    "advisorId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "AvailabilityException_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AdvisorAvailability_feedTokenHash_key" ON "AdvisorAvailability"("feedTokenHash");

-- CreateIndex
CREATE INDEX "AvailabilityWindow_advisorId_idx" ON "AvailabilityWindow"("advisorId");

-- CreateIndex
CREATE INDEX "AvailabilityException_advisorId_idx" ON "AvailabilityException"("advisorId");

-- AddForeignKey
ALTER TABLE "AdvisorAvailability" ADD CONSTRAINT "AdvisorAvailability_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityWindow" ADD CONSTRAINT "AvailabilityWindow_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "AdvisorAvailability"("advisorId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AvailabilityException" ADD CONSTRAINT "AvailabilityException_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "AdvisorAvailability"("advisorId") ON DELETE CASCADE ON UPDATE CASCADE;


-- No double booking: two scheduled calls of one advisor never overlap, whoever booked them.
-- The Prisma schema cannot express it, so the migration does (btree_gist gives text equality in a gist index).
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_advisor_no_overlap"
  EXCLUDE USING gist (
    "advisorId" WITH =,
    tsrange("startsAt", "startsAt" + "durationMinutes" * interval '1 minute', '[)') WITH &&
  ) WHERE (status = 'SCHEDULED');
