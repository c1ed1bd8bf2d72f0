-- CreateEnum
CREATE TYPE "MacroAssignment" AS ENUM ('KEEP', 'ACTOR', 'LEARNER_ADVISOR');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "RequestEventType" ADD VALUE 'MERGED_INTO';
ALTER TYPE "RequestEventType" ADD VALUE 'MERGED_FROM';
ALTER TYPE "RequestEventType" ADD VALUE 'LINKED';
ALTER TYPE "RequestEventType" ADD VALUE 'UNLINKED';

-- AlterTable
ALTER TABLE "RequestEvent" ADD COLUMN     "fromPriority" "Priority",
ADD COLUMN     "relatedRequestId" TEXT,
ADD COLUMN     "toPriority" "Priority";

-- AlterTable
ALTER TABLE "SupportRequest" ADD COLUMN     "mergedIntoId" TEXT;

-- CreateTable
CREATE TABLE "CannedReply" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CannedReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Macro" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "reply" TEXT,
    "status" "RequestStatus",
    "assignment" "MacroAssignment" NOT NULL DEFAULT 'KEEP',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Macro_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestLink" (
    "id" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedInboxView" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedInboxView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CannedReply_ownerId_locale_title_idx" ON "CannedReply"("ownerId", "locale", "title");

-- CreateIndex
CREATE INDEX "RequestLink_toId_idx" ON "RequestLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "RequestLink_fromId_toId_key" ON "RequestLink"("fromId", "toId");

-- CreateIndex
CREATE UNIQUE INDEX "SavedInboxView_ownerId_name_key" ON "SavedInboxView"("ownerId", "name");

-- CreateIndex
CREATE INDEX "SupportRequest_mergedIntoId_idx" ON "SupportRequest"("mergedIntoId");

-- AddForeignKey
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "SupportRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_relatedRequestId_fkey" FOREIGN KEY ("relatedRequestId") REFERENCES "SupportRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CannedReply" ADD CONSTRAINT "CannedReply_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestLink" ADD CONSTRAINT "RequestLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "SupportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestLink" ADD CONSTRAINT "RequestLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "SupportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedInboxView" ADD CONSTRAINT "SavedInboxView_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

