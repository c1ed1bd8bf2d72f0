-- CreateTable
CREATE TABLE "WorklistVisit" (
    "userId" TEXT NOT NULL,
    "sinceAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorklistVisit_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "RequestRead" (
    "userId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RequestRead_pkey" PRIMARY KEY ("userId","requestId")
);

-- CreateIndex
CREATE INDEX "RequestRead_requestId_idx" ON "RequestRead"("requestId");

-- AddForeignKey
ALTER TABLE "WorklistVisit" ADD CONSTRAINT "WorklistVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestRead" ADD CONSTRAINT "RequestRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestRead" ADD CONSTRAINT "RequestRead_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

