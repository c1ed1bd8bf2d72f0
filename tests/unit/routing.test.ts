import { describe, expect, it } from "vitest";
import type { RequestTopic, Role } from "@prisma/client";
import { routeRequest, type LearnerContext } from "@/lib/domain/routing";
import { TOPIC_CODES } from "@/lib/domain/responsibility";

const WITH_ADVISOR: LearnerContext = { advisorId: "adv-1", advisorActive: true };
const INACTIVE_ADVISOR: LearnerContext = { advisorId: "adv-1", advisorActive: false };
const NO_ADVISOR: LearnerContext = { advisorId: null, advisorActive: false };

// Every topic × author role, with a learner who has an active advisor.
const TABLE: [RequestTopic, Role, ReturnType<typeof routeRequest>][] = [
  ["UPCOMING_ABSENCE", "MENTOR", { outcome: "file", side: "MENTOR", queue: "TRIAGE", assigneeId: null, priority: "URGENT" }],
  ["EXCEPTIONAL_CIRCUMSTANCES", "MENTOR", { outcome: "file", side: "MENTOR", queue: "TRIAGE", assigneeId: null, priority: "HIGH" }],
  ["DISENGAGEMENT_RISK", "MENTOR", { outcome: "file", side: "MENTOR", queue: "TRIAGE", assigneeId: null, priority: "URGENT" }],
  ["DISRESPECT", "MENTOR", { outcome: "file", side: "MENTOR", queue: "TRIAGE", assigneeId: null, priority: "NORMAL" }],
  ["PLAGIARISM", "MENTOR", { outcome: "file", side: "MENTOR", queue: "TRIAGE", assigneeId: null, priority: "HIGH" }],
  ["MENTOR_OTHER", "MENTOR", { outcome: "file", side: "MENTOR", queue: "TRIAGE", assigneeId: null, priority: "NORMAL" }],
  ["EXTRA_RESOURCES", "MENTOR", { outcome: "learner-must-ask", topic: "EXTRA_RESOURCES" }],
  ["EXTRA_SESSIONS", "MENTOR", { outcome: "learner-must-ask", topic: "EXTRA_SESSIONS" }],
  ["BREAK_REQUEST", "MENTOR", { outcome: "learner-must-ask", topic: "BREAK_REQUEST" }],
  ["ADMIN_SUPPORT", "MENTOR", { outcome: "learner-must-ask", topic: "ADMIN_SUPPORT" }],
  ["RQTH", "MENTOR", { outcome: "learner-must-ask", topic: "RQTH" }],
  ["OTHER", "MENTOR", { outcome: "learner-must-ask", topic: "OTHER" }],
  ["UPCOMING_ABSENCE", "LEARNER", { outcome: "use-learner-topic", suggested: "BREAK_REQUEST" }],
  ["EXCEPTIONAL_CIRCUMSTANCES", "LEARNER", { outcome: "use-learner-topic", suggested: "BREAK_REQUEST" }],
  ["DISENGAGEMENT_RISK", "LEARNER", { outcome: "use-learner-topic", suggested: "EXTRA_SESSIONS" }],
  ["DISRESPECT", "LEARNER", { outcome: "use-learner-topic", suggested: "OTHER" }],
  ["PLAGIARISM", "LEARNER", { outcome: "use-learner-topic", suggested: "OTHER" }],
  ["MENTOR_OTHER", "LEARNER", { outcome: "use-learner-topic", suggested: "OTHER" }],
  ["EXTRA_RESOURCES", "LEARNER", { outcome: "file", side: "LEARNER", queue: "ADVISOR", assigneeId: "adv-1", priority: "NORMAL" }],
  ["EXTRA_SESSIONS", "LEARNER", { outcome: "file", side: "LEARNER", queue: "ADVISOR", assigneeId: "adv-1", priority: "NORMAL" }],
  ["BREAK_REQUEST", "LEARNER", { outcome: "file", side: "LEARNER", queue: "ADVISOR", assigneeId: "adv-1", priority: "NORMAL" }],
  ["ADMIN_SUPPORT", "LEARNER", { outcome: "file", side: "LEARNER", queue: "ADVISOR", assigneeId: "adv-1", priority: "NORMAL" }],
  ["RQTH", "LEARNER", { outcome: "file", side: "LEARNER", queue: "ADVISOR", assigneeId: "adv-1", priority: "NORMAL" }],
  ["OTHER", "LEARNER", { outcome: "file", side: "LEARNER", queue: "ADVISOR", assigneeId: "adv-1", priority: "NORMAL" }],
  ...(["ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN"] as const).flatMap((role) =>
    TOPIC_CODES.map((topic) => [topic, role, { outcome: "refused" }] as [RequestTopic, Role, ReturnType<typeof routeRequest>]),
  ),
];

describe("routing every topic × role", () => {
  it.each(TABLE)("%s by %s", (topic, role, expected) => {
    expect(routeRequest(role, topic, WITH_ADVISOR)).toEqual(expected);
  });

  it("the table covers every topic for every role", () => {
    expect(TABLE).toHaveLength(TOPIC_CODES.length * 6);
  });
});

describe("a learner without an active advisor", () => {
  it.each([
    ["no advisor", NO_ADVISOR],
    ["an inactive advisor", INACTIVE_ADVISOR],
  ])("with %s goes to the support queue, unassigned", (_, learner) => {
    expect(routeRequest("LEARNER", "EXTRA_SESSIONS", learner)).toEqual({
      outcome: "file",
      side: "LEARNER",
      queue: "SUPPORT",
      assigneeId: null,
      priority: "NORMAL",
    });
  });

  it("does not change where a mentor alert goes", () => {
    expect(routeRequest("MENTOR", "DISENGAGEMENT_RISK", NO_ADVISOR)).toMatchObject({ queue: "TRIAGE", assigneeId: null });
  });
});
