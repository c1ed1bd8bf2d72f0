-- Signed booking links (single use, expiring, bound to a learner) and "call me back" requests.
ALTER TYPE "RequestEventType" ADD VALUE 'SLOTS_PROPOSED';

ALTER TABLE "SupportRequest" ADD COLUMN "callbackRequested" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "callbackPhone" TEXT,
ADD COLUMN "callbackWhen" TEXT;

CREATE TABLE "BookingLink" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "kind" "AppointmentKind" NOT NULL,
    "caseId" TEXT,
    "requestId" TEXT,
    "createdById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "appointmentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BookingLink_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "BookingLink_tokenHash_key" ON "BookingLink"("tokenHash");
CREATE UNIQUE INDEX "BookingLink_appointmentId_key" ON "BookingLink"("appointmentId");
CREATE INDEX "BookingLink_learnerId_createdAt_idx" ON "BookingLink"("learnerId", "createdAt");

ALTER TABLE "BookingLink" ADD CONSTRAINT "BookingLink_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BookingLink" ADD CONSTRAINT "BookingLink_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "FollowUpCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BookingLink" ADD CONSTRAINT "BookingLink_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BookingLink" ADD CONSTRAINT "BookingLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "BookingLink" ADD CONSTRAINT "BookingLink_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
