-- "En attente du demandeur" pauses the SLA clock and ends on its own (issue 12, item 10).
ALTER TABLE "SupportRequest" ADD COLUMN     "waitingRemindedAt" TIMESTAMP(3),
ADD COLUMN     "waitingSince" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "SupportRequest_status_waitingSince_idx" ON "SupportRequest"("status", "waitingSince");

-- Requests already waiting: the wait is counted from their last change.
UPDATE "SupportRequest" SET "waitingSince" = "updatedAt" WHERE "status" = 'WAITING_FOR_REQUESTER';
