-- Satisfaction surveys and complaints (issue 16, items 4 and 5).

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('OPEN', 'ANSWERED', 'CLOSED');

-- CreateTable
CREATE TABLE "SurveyInvitation" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "requestId" TEXT,
    "caseId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "rating" INTEGER,
    "comment" TEXT,

    CONSTRAINT "SurveyInvitation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SurveyInvitation_rating_check" CHECK ("rating" IS NULL OR "rating" BETWEEN 1 AND 5),
    CONSTRAINT "SurveyInvitation_subject_check" CHECK (("requestId" IS NULL) <> ("caseId" IS NULL))
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "acknowledgedAt" TIMESTAMP(3),
    "requalifiedReason" TEXT,
    "requalifiedById" TEXT,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'OPEN',
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "correctiveAction" TEXT,
    "correctiveDoneAt" DATE,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SurveyInvitation_tokenHash_key" ON "SurveyInvitation"("tokenHash");
CREATE UNIQUE INDEX "SurveyInvitation_requestId_key" ON "SurveyInvitation"("requestId");
CREATE UNIQUE INDEX "SurveyInvitation_caseId_key" ON "SurveyInvitation"("caseId");
CREATE INDEX "SurveyInvitation_createdAt_idx" ON "SurveyInvitation"("createdAt");
CREATE UNIQUE INDEX "Complaint_requestId_key" ON "Complaint"("requestId");
CREATE INDEX "Complaint_receivedAt_idx" ON "Complaint"("receivedAt");
CREATE INDEX "Complaint_status_dueAt_idx" ON "Complaint"("status", "dueAt");

-- AddForeignKey
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_recipientId_fkey" FOREIGN KEY ("recipientId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SurveyInvitation" ADD CONSTRAINT "SurveyInvitation_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "FollowUpCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
