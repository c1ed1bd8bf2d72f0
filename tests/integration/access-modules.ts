// Every module of lib/server/data, and the access-matrix test that covers it.
// A new data module must be added here, with its functions in that test's matrix.
export const ACCESS_MODULES: Record<string, string> = {
  "caseload.ts": "foundation-access.test.ts",
  "commitments.ts": "sessions-access.test.ts",
  "contact.ts": "contact-access.test.ts",
  "health.ts": "foundation-access.test.ts",
  "learner-home.ts": "foundation-access.test.ts",
  "mentor-learners.ts": "foundation-access.test.ts",
  "my-requests.ts": "contact-access.test.ts",
  "outbox.ts": "email-outbox.test.ts",
  "inbox.ts": "triage-access.test.ts",
  "request-thread.ts": "triage-access.test.ts",
  "triage.ts": "triage-access.test.ts",
  "session-summaries.ts": "foundation-access.test.ts",
  "sessions.ts": "sessions-access.test.ts",
  "signals.ts": "sessions-access.test.ts",
  "users.ts": "foundation-access.test.ts",
  "learner-file.ts": "follow-up-access.test.ts",
  "follow-up-cases.ts": "follow-up-access.test.ts",
  "stakeholders.ts": "follow-up-access.test.ts",
  "my-appointments.ts": "follow-up-access.test.ts",
};
