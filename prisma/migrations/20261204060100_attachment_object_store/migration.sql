-- Documents may live in an S3-compatible store (ATTACHMENT_STORE=s3): the row keeps the
-- object's key instead of the bytes (lib/server/data/attachment-store.ts).

-- AlterTable
ALTER TABLE "Attachment" ALTER COLUMN "content" DROP NOT NULL,
ADD COLUMN "storageKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_storageKey_key" ON "Attachment"("storageKey");

-- A document's bytes are either in the row or in the store, never neither.
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_content_or_key" CHECK ("content" IS NOT NULL OR "storageKey" IS NOT NULL);
