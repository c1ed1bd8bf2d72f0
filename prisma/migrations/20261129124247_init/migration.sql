-- CreateEnum
CREATE TYPE "Role" AS ENUM ('LEARNER', 'MENTOR', 'ADVISOR', 'SUPPORT', 'MENTORSHIP_MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('fr', 'en');

-- CreateEnum
CREATE TYPE "AuthTokenPurpose" AS ENUM ('INVITATION', 'PASSWORD_RESET');

-- CreateEnum
CREATE TYPE "AssignmentKind" AS ENUM ('ADVISOR', 'MENTOR');

-- CreateEnum
CREATE TYPE "BreakKind" AS ENUM ('ILLNESS', 'HOLIDAYS', 'HOSPITAL', 'BEREAVEMENT', 'FORCE_MAJEURE', 'OTHER');

-- CreateEnum
CREATE TYPE "BreakStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REFUSED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('MENTORING', 'DEFENCE');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'HELD', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "CancelledBy" AS ENUM ('LEARNER', 'MENTOR', 'SCHOOL');

-- CreateEnum
CREATE TYPE "RequestTopic" AS ENUM ('UPCOMING_ABSENCE', 'EXCEPTIONAL_CIRCUMSTANCES', 'DISENGAGEMENT_RISK', 'DISRESPECT', 'PLAGIARISM', 'EXTRA_RESOURCES', 'EXTRA_SESSIONS', 'BREAK_REQUEST', 'ADMIN_SUPPORT', 'RQTH', 'OTHER');

-- CreateEnum
CREATE TYPE "ResponsibilitySide" AS ENUM ('MENTOR', 'LEARNER');

-- CreateEnum
CREATE TYPE "RequestQueue" AS ENUM ('ADVISOR', 'TRIAGE', 'SUPPORT');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER', 'RESOLVED', 'CLOSED');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "RequestEventType" AS ENUM ('CREATED', 'REASSIGNED', 'STATUS_CHANGED', 'PRIORITY_CHANGED', 'REPLY', 'INTERNAL_NOTE');

-- CreateEnum
CREATE TYPE "EventVisibility" AS ENUM ('PUBLIC', 'INTERNAL');

-- CreateEnum
CREATE TYPE "ContactReason" AS ENUM ('OBSERVED_DELAY', 'ATTENDANCE_PROBLEM', 'MENTOR_ALERT', 'CHECK_IN', 'END_OF_TRAINING');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('BLOCKER_SOLVED', 'BLOCKER_NOT_SOLVED');

-- CreateEnum
CREATE TYPE "AppointmentKind" AS ENUM ('FIRST', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('SCHEDULED', 'HELD', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "StakeholderKind" AS ENUM ('FRANCE_TRAVAIL', 'CAP_EMPLOI', 'AGEFIPH', 'MISSION_LOCALE', 'EMPLOYER', 'OTHER');

-- CreateEnum
CREATE TYPE "SharingScope" AS ENUM ('PROGRESS', 'ATTENDANCE', 'HEALTH', 'RQTH');

-- CreateEnum
CREATE TYPE "ExchangeChannel" AS ENUM ('PHONE', 'EMAIL', 'MEETING', 'VIDEO', 'OTHER');

-- CreateEnum
CREATE TYPE "SignalKind" AS ENUM ('COMMITMENT_NOT_KEPT', 'ATTENDANCE_PROBLEM');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "locale" "Locale" NOT NULL DEFAULT 'fr',
    "passwordHash" TEXT,
    "deactivatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "AuthTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuthToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingPath" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "durationWeeks" INTEGER NOT NULL,

    CONSTRAINT "TrainingPath_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearnerProfile" (
    "userId" TEXT NOT NULL,
    "trainingPathId" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "plannedEndDate" DATE NOT NULL,
    "weeklyCommitment" INTEGER NOT NULL DEFAULT 1,
    "advisorId" TEXT,
    "mentorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearnerProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "LearnerSensitive" (
    "learnerId" TEXT NOT NULL,
    "rqth" BOOLEAN NOT NULL DEFAULT false,
    "rqthDetails" TEXT,
    "accommodations" TEXT,
    "healthNotes" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LearnerSensitive_pkey" PRIMARY KEY ("learnerId")
);

-- CreateTable
CREATE TABLE "LearnerMilestone" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "plannedDate" DATE NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "LearnerMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssignmentHistory" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "kind" "AssignmentKind" NOT NULL,
    "staffId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "changedById" TEXT,
    "reason" TEXT,

    CONSTRAINT "AssignmentHistory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearnerBreak" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "status" "BreakStatus" NOT NULL DEFAULT 'REQUESTED',
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "reasonKind" "BreakKind" NOT NULL,
    "reasonDetails" TEXT,
    "requestId" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearnerBreak_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MentoringSession" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "kind" "SessionKind" NOT NULL DEFAULT 'MENTORING',
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 45,
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "cancelledBy" "CancelledBy",
    "learnerNote" TEXT,
    "privateNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MentoringSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionRevision" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "editedById" TEXT NOT NULL,
    "before" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportRequest" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "authorId" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "topic" "RequestTopic" NOT NULL,
    "side" "ResponsibilitySide" NOT NULL,
    "queue" "RequestQueue" NOT NULL,
    "assigneeId" TEXT,
    "status" "RequestStatus" NOT NULL DEFAULT 'NEW',
    "priority" "Priority" NOT NULL DEFAULT 'NORMAL',
    "subject" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "hasSensitive" BOOLEAN NOT NULL DEFAULT false,
    "idempotencyKey" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "firstResponseDueAt" TIMESTAMP(3),
    "firstResponseAt" TIMESTAMP(3),
    "resolutionDueAt" TIMESTAMP(3),
    "resolvedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "loopClosedAt" TIMESTAMP(3),

    CONSTRAINT "SupportRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestSensitive" (
    "requestId" TEXT NOT NULL,
    "details" JSONB NOT NULL,

    CONSTRAINT "RequestSensitive_pkey" PRIMARY KEY ("requestId")
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "actorId" TEXT,
    "type" "RequestEventType" NOT NULL,
    "visibility" "EventVisibility" NOT NULL,
    "body" TEXT,
    "fromAssigneeId" TEXT,
    "toAssigneeId" TEXT,
    "fromQueue" "RequestQueue",
    "toQueue" "RequestQueue",
    "fromStatus" "RequestStatus",
    "toStatus" "RequestStatus",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FollowUpCase" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "advisorId" TEXT NOT NULL,
    "reason" "ContactReason" NOT NULL,
    "sourceRequestId" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "blocker" TEXT,
    "outcome" "CaseOutcome",
    "nextStep" TEXT,
    "checklist" JSONB,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "FollowUpCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "advisorId" TEXT NOT NULL,
    "kind" "AppointmentKind" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 30,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'SCHEDULED',
    "notes" TEXT,
    "icsUid" TEXT NOT NULL,
    "icsSequence" INTEGER NOT NULL DEFAULT 0,
    "reminderSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Stakeholder" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "kind" "StakeholderKind" NOT NULL,
    "organisation" TEXT NOT NULL,
    "personName" TEXT,
    "roleTitle" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "sharing" "SharingScope"[],
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Stakeholder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StakeholderExchange" (
    "id" TEXT NOT NULL,
    "stakeholderId" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "channel" "ExchangeChannel" NOT NULL,
    "summary" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StakeholderExchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearnerSignal" (
    "id" TEXT NOT NULL,
    "learnerId" TEXT NOT NULL,
    "advisorId" TEXT,
    "kind" "SignalKind" NOT NULL,
    "isoWeek" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "LearnerSignal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "learnerId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "icsContent" TEXT,
    "template" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_active_lastName_idx" ON "User"("role", "active", "lastName");

-- CreateIndex
CREATE INDEX "User_lastName_firstName_idx" ON "User"("lastName", "firstName");

-- CreateIndex
CREATE UNIQUE INDEX "AuthToken_tokenHash_key" ON "AuthToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AuthToken_userId_purpose_idx" ON "AuthToken"("userId", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingPath_code_key" ON "TrainingPath"("code");

-- CreateIndex
CREATE INDEX "LearnerProfile_advisorId_idx" ON "LearnerProfile"("advisorId");

-- CreateIndex
CREATE INDEX "LearnerProfile_mentorId_idx" ON "LearnerProfile"("mentorId");

-- CreateIndex
CREATE INDEX "LearnerProfile_trainingPathId_idx" ON "LearnerProfile"("trainingPathId");

-- CreateIndex
CREATE INDEX "LearnerMilestone_learnerId_plannedDate_idx" ON "LearnerMilestone"("learnerId", "plannedDate");

-- CreateIndex
CREATE UNIQUE INDEX "LearnerMilestone_learnerId_position_key" ON "LearnerMilestone"("learnerId", "position");

-- CreateIndex
CREATE INDEX "AssignmentHistory_learnerId_kind_startedAt_idx" ON "AssignmentHistory"("learnerId", "kind", "startedAt");

-- CreateIndex
CREATE INDEX "AssignmentHistory_staffId_kind_idx" ON "AssignmentHistory"("staffId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "LearnerBreak_requestId_key" ON "LearnerBreak"("requestId");

-- CreateIndex
CREATE INDEX "LearnerBreak_learnerId_status_startDate_idx" ON "LearnerBreak"("learnerId", "status", "startDate");

-- CreateIndex
CREATE INDEX "MentoringSession_learnerId_scheduledAt_idx" ON "MentoringSession"("learnerId", "scheduledAt");

-- CreateIndex
CREATE INDEX "MentoringSession_mentorId_scheduledAt_idx" ON "MentoringSession"("mentorId", "scheduledAt");

-- CreateIndex
CREATE INDEX "MentoringSession_scheduledAt_status_idx" ON "MentoringSession"("scheduledAt", "status");

-- CreateIndex
CREATE INDEX "SessionRevision_sessionId_createdAt_idx" ON "SessionRevision"("sessionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupportRequest_number_key" ON "SupportRequest"("number");

-- CreateIndex
CREATE INDEX "SupportRequest_queue_status_priority_createdAt_idx" ON "SupportRequest"("queue", "status", "priority", "createdAt");

-- CreateIndex
CREATE INDEX "SupportRequest_assigneeId_status_priority_createdAt_idx" ON "SupportRequest"("assigneeId", "status", "priority", "createdAt");

-- CreateIndex
CREATE INDEX "SupportRequest_learnerId_createdAt_idx" ON "SupportRequest"("learnerId", "createdAt");

-- CreateIndex
CREATE INDEX "SupportRequest_authorId_createdAt_idx" ON "SupportRequest"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "SupportRequest_status_createdAt_idx" ON "SupportRequest"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupportRequest_authorId_idempotencyKey_key" ON "SupportRequest"("authorId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "RequestEvent_requestId_createdAt_idx" ON "RequestEvent"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "FollowUpCase_learnerId_status_idx" ON "FollowUpCase"("learnerId", "status");

-- CreateIndex
CREATE INDEX "FollowUpCase_advisorId_status_idx" ON "FollowUpCase"("advisorId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_icsUid_key" ON "Appointment"("icsUid");

-- CreateIndex
CREATE INDEX "Appointment_advisorId_startsAt_idx" ON "Appointment"("advisorId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_learnerId_startsAt_idx" ON "Appointment"("learnerId", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_status_startsAt_idx" ON "Appointment"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Stakeholder_learnerId_archivedAt_idx" ON "Stakeholder"("learnerId", "archivedAt");

-- CreateIndex
CREATE INDEX "StakeholderExchange_learnerId_occurredAt_idx" ON "StakeholderExchange"("learnerId", "occurredAt");

-- CreateIndex
CREATE INDEX "StakeholderExchange_stakeholderId_occurredAt_idx" ON "StakeholderExchange"("stakeholderId", "occurredAt");

-- CreateIndex
CREATE INDEX "LearnerSignal_advisorId_resolvedAt_idx" ON "LearnerSignal"("advisorId", "resolvedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LearnerSignal_learnerId_kind_isoWeek_key" ON "LearnerSignal"("learnerId", "kind", "isoWeek");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_learnerId_createdAt_idx" ON "AuditLog"("learnerId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_nextAttemptAt_idx" ON "EmailOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_createdAt_idx" ON "EmailOutbox"("createdAt");

-- AddForeignKey
ALTER TABLE "AuthToken" ADD CONSTRAINT "AuthToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerProfile" ADD CONSTRAINT "LearnerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerProfile" ADD CONSTRAINT "LearnerProfile_trainingPathId_fkey" FOREIGN KEY ("trainingPathId") REFERENCES "TrainingPath"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerProfile" ADD CONSTRAINT "LearnerProfile_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerProfile" ADD CONSTRAINT "LearnerProfile_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerSensitive" ADD CONSTRAINT "LearnerSensitive_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerMilestone" ADD CONSTRAINT "LearnerMilestone_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentHistory" ADD CONSTRAINT "AssignmentHistory_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentHistory" ADD CONSTRAINT "AssignmentHistory_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssignmentHistory" ADD CONSTRAINT "AssignmentHistory_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerBreak" ADD CONSTRAINT "LearnerBreak_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerBreak" ADD CONSTRAINT "LearnerBreak_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerBreak" ADD CONSTRAINT "LearnerBreak_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringSession" ADD CONSTRAINT "MentoringSession_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentoringSession" ADD CONSTRAINT "MentoringSession_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionRevision" ADD CONSTRAINT "SessionRevision_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "MentoringSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionRevision" ADD CONSTRAINT "SessionRevision_editedById_fkey" FOREIGN KEY ("editedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestSensitive" ADD CONSTRAINT "RequestSensitive_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_fromAssigneeId_fkey" FOREIGN KEY ("fromAssigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_toAssigneeId_fkey" FOREIGN KEY ("toAssigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpCase" ADD CONSTRAINT "FollowUpCase_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpCase" ADD CONSTRAINT "FollowUpCase_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpCase" ADD CONSTRAINT "FollowUpCase_sourceRequestId_fkey" FOREIGN KEY ("sourceRequestId") REFERENCES "SupportRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "FollowUpCase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Stakeholder" ADD CONSTRAINT "Stakeholder_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StakeholderExchange" ADD CONSTRAINT "StakeholderExchange_stakeholderId_fkey" FOREIGN KEY ("stakeholderId") REFERENCES "Stakeholder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StakeholderExchange" ADD CONSTRAINT "StakeholderExchange_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StakeholderExchange" ADD CONSTRAINT "StakeholderExchange_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerSignal" ADD CONSTRAINT "LearnerSignal_learnerId_fkey" FOREIGN KEY ("learnerId") REFERENCES "LearnerProfile"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearnerSignal" ADD CONSTRAINT "LearnerSignal_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
