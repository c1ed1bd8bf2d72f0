-- CreateEnum
CREATE TYPE "AccommodationAudience" AS ENUM ('MENTOR', 'EXAMINER', 'SCHOOL');

-- CreateEnum
CREATE TYPE "PartnerKind" AS ENUM ('AGEFIPH', 'CAP_EMPLOI', 'MDPH');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('ACCOMMODATIONS', 'PARTNER_SHARING');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'DISABILITY_REFERENT';

-- CreateTable
CREATE TABLE "AccommodationPlan" (
    "learnerId" TEXT NOT NULL,
    "reviewDate" DATE NOT NULL,
    "reviewRemindedAt" TIMESTAMP(3),
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AccommodationPlan_pkey" PRIMARY KEY ("learnerId")
);

-- CreateTable
CREATE TABLE "Accommodation" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "audience" "AccommodationAudience" NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Accommodation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerReferral" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "partner" "PartnerKind" NOT NULL,
    "contactName" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stoppedAt" TIMESTAMP(3),

    CONSTRAINT "PartnerReferral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerExchange" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "summary" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerExchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "partner" "PartnerKind",
    "textVersion" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalHold" (
    "learnerId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LegalHold_pkey" PRIMARY KEY ("learnerId")
);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" TEXT NOT NULL,
    "ranAt" TIMESTAMP(3) NOT NULL,
    "trigger" TEXT NOT NULL,
    "dataClass" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccommodationPlan_reviewDate_idx" ON "AccommodationPlan"("reviewDate");

-- CreateIndex
CREATE INDEX "Accommodation_learnerId_audience_idx" ON "Accommodation"("learnerId", "audience");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerReferral_learnerId_partner_key" ON "PartnerReferral"("learnerId", "partner");

-- CreateIndex
CREATE INDEX "PartnerExchange_referralId_occurredAt_idx" ON "PartnerExchange"("referralId", "occurredAt");

-- CreateIndex
CREATE INDEX "ConsentRecord_learnerId_purpose_withdrawnAt_idx" ON "ConsentRecord"("learnerId", "purpose", "withdrawnAt");

-- CreateIndex
CREATE INDEX "RetentionRun_ranAt_idx" ON "RetentionRun"("ranAt");

-- AddForeignKey
ALTER TABLE "AccommodationPlan" ADD CONSTRAINT "AccommodationPlan_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accommodation" ADD CONSTRAINT "Accommodation_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "AccommodationPlan"("learnerId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReferral" ADD CONSTRAINT "PartnerReferral_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "AccommodationPlan"("learnerId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerExchange" ADD CONSTRAINT "PartnerExchange_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "PartnerReferral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalHold" ADD CONSTRAINT "LegalHold_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

