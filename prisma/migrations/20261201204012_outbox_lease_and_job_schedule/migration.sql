-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "leaseToken" TEXT;

-- CreateTable
CREATE TABLE "JobSchedule" (
    "name" TEXT NOT NULL,
    "nextRunAt" TIMESTAMP(3) NOT NULL,
    "lastRunAt" TIMESTAMP(3),

    CONSTRAINT "JobSchedule_pkey" PRIMARY KEY ("name")
);
