// Test-data factories, shared by integration/e2e tests and prisma/seed.ts.
// Each takes the app's PrismaClient or a transaction client, and overrides.
export type { FactoryDb } from "./db";
export { addDays, addHours, utcDay } from "./dates";
export { TEST_PASSWORD, hashPassword, testPasswordHash } from "./password";
export { uniqueEmail, uniqueSuffix } from "./unique";
export { buildUser, createUser, staffAccountInput, type UserFields, type UserOverrides } from "./user";
export { createTrainingPath, findOrCreateTrainingPath, type TrainingPathOverrides } from "./training-path";
export { planMilestones, type MilestoneInput, type MilestonePlanInput } from "./milestone";
export {
  createLearner,
  type LearnerFixture,
  type LearnerOverrides,
  type LearnerSensitiveInput,
} from "./learner";
export { buildSession, createSession, createSessions, type SessionOverrides } from "./session";
export { createRequest, type RequestOverrides } from "./request";
export { FILE_ANEW } from "./duplicate";
export { createRequestEvent, type RequestEventOverrides } from "./request-event";
export { createBreak, type BreakOverrides } from "./break";
export { csvBytes, learnerCsv, type LearnerCsvOptions } from "./import-file";
export { createCaseload, type CaseloadSeed } from "./caseload";
