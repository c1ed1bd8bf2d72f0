-- Outgoing emails reference the stored documents they carry (never a copy of the bytes).

-- CreateTable
CREATE TABLE "EmailOutboxAttachment" (
    "outboxId" TEXT NOT NULL,
    "attachmentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "EmailOutboxAttachment_pkey" PRIMARY KEY ("outboxId","attachmentId")
);

-- CreateIndex
CREATE INDEX "EmailOutboxAttachment_attachmentId_idx" ON "EmailOutboxAttachment"("attachmentId");

-- AddForeignKey
ALTER TABLE "EmailOutboxAttachment" ADD CONSTRAINT "EmailOutboxAttachment_outboxId_fkey" FOREIGN KEY ("outboxId") REFERENCES "EmailOutbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmailOutboxAttachment" ADD CONSTRAINT "EmailOutboxAttachment_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "Attachment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
