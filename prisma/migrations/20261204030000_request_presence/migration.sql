-- Presence on staff request pages (issue 15): ephemeral rows refreshed by a heartbeat.
CREATE TABLE "RequestPresence" (
    "requestId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RequestPresence_pkey" PRIMARY KEY ("requestId","userId"),
    CONSTRAINT "RequestPresence_state_check" CHECK ("state" IN ('VIEWING', 'TYPING'))
);

CREATE INDEX "RequestPresence_seenAt_idx" ON "RequestPresence"("seenAt");

ALTER TABLE "RequestPresence" ADD CONSTRAINT "RequestPresence_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "RequestPresence" ADD CONSTRAINT "RequestPresence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
