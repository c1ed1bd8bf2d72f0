-- Followers, @mentions in internal notes, and each person's notification email preference.

-- AlterEnum
ALTER TYPE "RequestEventType" ADD VALUE 'FOLLOWER_ADDED';
ALTER TYPE "RequestEventType" ADD VALUE 'FOLLOWER_REMOVED';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'STATUS_CHANGED';
ALTER TYPE "NotificationKind" ADD VALUE 'MERGED';
ALTER TYPE "NotificationKind" ADD VALUE 'MENTION';
ALTER TYPE "NotificationKind" ADD VALUE 'FOLLOWING';

-- CreateEnum
CREATE TYPE "NotificationEmail" AS ENUM ('IMMEDIATE', 'DIGEST', 'NONE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN "notificationEmail" "NotificationEmail" NOT NULL DEFAULT 'NONE';

-- AlterTable
ALTER TABLE "RequestEvent" ADD COLUMN "personId" TEXT,
ADD COLUMN "mentionIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "RequestFollower" (
    "requestId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RequestFollower_pkey" PRIMARY KEY ("requestId","userId")
);

-- CreateTable
CREATE TABLE "NotificationDigest" (
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "NotificationDigest_pkey" PRIMARY KEY ("userId","day")
);

-- CreateIndex
CREATE INDEX "RequestFollower_userId_idx" ON "RequestFollower"("userId");

-- CreateIndex
CREATE INDEX "NotificationDigest_userId_sentAt_idx" ON "NotificationDigest"("userId", "sentAt");

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_personId_fkey" FOREIGN KEY ("personId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestFollower" ADD CONSTRAINT "RequestFollower_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestFollower" ADD CONSTRAINT "RequestFollower_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestFollower" ADD CONSTRAINT "RequestFollower_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationDigest" ADD CONSTRAINT "NotificationDigest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
