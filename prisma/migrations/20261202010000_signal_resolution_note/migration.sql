-- AlterTable
ALTER TABLE "LearnerSignal" ADD COLUMN     "resolutionNote" TEXT;
