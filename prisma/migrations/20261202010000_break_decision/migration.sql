-- AlterTable
ALTER TABLE "LearnerBreak" ADD COLUMN     "decisionNote" TEXT;

-- AlterTable
ALTER TABLE "MentoringSession" ADD COLUMN     "cancelledForBreakId" TEXT;

-- AddForeignKey
ALTER TABLE "MentoringSession" ADD CONSTRAINT "MentoringSession_cancelledForBreakId_fkey" FOREIGN KEY ("cancelledForBreakId") REFERENCES "LearnerBreak"("id") ON DELETE SET NULL ON UPDATE CASCADE;

