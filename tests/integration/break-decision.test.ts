// An advisor's decision on a break moves everything it touches in one transaction:
// the request it came from is answered in the learner's language and resolved, planned
// mentoring sessions inside an approved break are cancelled by the school (a defence is
// only flagged), the mentor is told without the reason, and a refusal needs a reason.
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createBreak, createLearner, createRequest, createSession, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { NotFoundError } from "@/lib/server/auth/actor";
import { decideBreak } from "@/lib/server/data/breaks";
import { getLearnerFile } from "@/lib/server/data/learner-file";
import { listMentorWeek } from "@/lib/server/data/sessions";
import { decideBreakSchema } from "@/lib/schemas/follow-up";
import { isoWeekRange } from "@/lib/domain/week";

const db = freshDatabase();
let advisor: Actor;
let mentor: Actor;

beforeAll(async () => {
  advisor = actorOf(await createUser(db(), { role: "ADVISOR" }));
  mentor = actorOf(await createUser(db(), { role: "MENTOR", locale: "fr" }));
});

async function breakRequest(locale: "fr" | "en" = "en") {
  const learner = await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id, locale });
  const request = await createRequest(db(), { learnerId: learner.id, topic: "BREAK_REQUEST", status: "IN_PROGRESS" });
  const requested = await createBreak(db(), {
    learnerId: learner.id,
    requestId: request.id,
    reasonKind: "ILLNESS",
    startDate: new Date("2027-03-01T00:00:00Z"),
    endDate: new Date("2027-03-14T00:00:00Z"),
  });
  return { learner, request, requested };
}

const emailsTo = (email: string) => db().emailOutbox.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });
const at = new Date("2027-02-20T10:00:00Z");

describe("deciding a break", () => {
  it("approved: sessions inside are cancelled by the school, the defence is flagged, the request is answered and resolved, one email each", async () => {
    const { learner, request, requested } = await breakRequest("en");
    const inside = await createSession(db(), { learnerId: learner.id, scheduledAt: new Date("2027-03-03T09:00:00Z"), status: "SCHEDULED" });
    const defence = await createSession(db(), { learnerId: learner.id, kind: "DEFENCE", scheduledAt: new Date("2027-03-10T13:00:00Z"), status: "SCHEDULED" });
    const after = await createSession(db(), { learnerId: learner.id, scheduledAt: new Date("2027-03-15T09:00:00Z"), status: "SCHEDULED" });

    expect(await decideBreak(advisor, { breakId: requested.id, decision: "APPROVED", startDate: "2027-03-01", endDate: "2027-03-14" }, at)).toEqual({ cancelled: 1, defences: 1 });

    const sessions = await db().mentoringSession.findMany({ where: { learnerId: learner.id }, orderBy: { scheduledAt: "asc" } });
    expect(sessions.map((s) => [s.id, s.status, s.cancelledBy, s.cancelledForBreakId])).toEqual([
      [inside.id, "CANCELLED", "SCHOOL", requested.id],
      [defence.id, "SCHEDULED", null, null],
      [after.id, "SCHEDULED", null, null],
    ]);
    expect(await db().sessionRevision.count({ where: { sessionId: inside.id, editedById: advisor.id } })).toBe(1);

    const saved = await db().supportRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(saved.status).toBe("RESOLVED");
    expect(saved.firstResponseAt).toEqual(at);
    const reply = saved.events.find((e) => e.type === "REPLY");
    // In the learner's language, with the dates and what it cancelled; never the reason.
    expect(reply?.visibility).toBe("PUBLIC");
    expect(reply?.body).toContain("Your break from 1 March 2027 to 14 March 2027 is approved");
    expect(reply?.body).toContain("1 planned mentoring session during the break is cancelled by the school");

    const toLearner = await emailsTo(learner.user.email);
    expect(toLearner).toHaveLength(1);
    expect(toLearner[0]!.subject).toBe("Your break from 1 March 2027 to 14 March 2027 is approved");
    const toMentor = await emailsTo(mentor.email);
    expect(toMentor).toHaveLength(1);
    expect(toMentor[0]!.textBody).toContain("1 session prévue pendant la pause est annulée par l'école");
    expect(toMentor[0]!.textBody).toContain("soutenance prévue le 10 mars 2027");
    expect(toMentor[0]!.textBody).not.toMatch(/maladie|illness/i);

    // The mentor's week and the advisor's file flag the defence.
    const week = await listMentorWeek(mentor, isoWeekRange(new Date("2027-03-10T12:00:00Z")));
    expect(week.find((s) => s.id === defence.id)?.defenceDuringBreak).toBe(true);
    const file = await getLearnerFile(advisor, learner.id);
    expect(file.sessions.find((s) => s.id === defence.id)?.defenceDuringBreak).toBe(true);
    expect(file.sessions.find((s) => s.id === after.id)?.defenceDuringBreak).toBe(false);

    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "break.approved", entityId: requested.id } });
    expect(audit.after).toMatchObject({ cancelledSessions: 1, defencesInside: 1 });
  });

  it("refused: needs a reason (the form's schema), which the learner reads; sessions stay; the mentor is not told", async () => {
    const { learner, request, requested } = await breakRequest("fr");
    const planned = await createSession(db(), { learnerId: learner.id, scheduledAt: new Date("2027-03-03T09:00:00Z"), status: "SCHEDULED" });
    const input = { breakId: requested.id, decision: "REFUSED" as const, startDate: "2027-03-01", endDate: "2027-03-14" };
    const parsed = decideBreakSchema.safeParse({ ...input, note: "  " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["note", "note.requiredToRefuse"]]);

    const mentorEmailsBefore = (await emailsTo(mentor.email)).length;
    await decideBreak(advisor, { ...input, note: "La période tombe sur votre soutenance : reparlons-en jeudi." }, at);
    expect((await db().learnerBreak.findUniqueOrThrow({ where: { id: requested.id } })).decisionNote).toBe("La période tombe sur votre soutenance : reparlons-en jeudi.");
    expect((await db().mentoringSession.findUniqueOrThrow({ where: { id: planned.id } })).status).toBe("SCHEDULED");
    const saved = await db().supportRequest.findUniqueOrThrow({ where: { id: request.id }, include: { events: true } });
    expect(saved.status).toBe("RESOLVED");
    expect(saved.events.find((e) => e.type === "REPLY")?.body).toBe(
      "Votre demande de pause du 1er mars 2027 au 14 mars 2027 n'est pas acceptée.\nMessage de votre conseiller·ère : La période tombe sur votre soutenance : reparlons-en jeudi.",
    );
    expect((await emailsTo(learner.user.email)).map((e) => e.subject)).toEqual(["Votre demande de pause n'est pas acceptée"]);
    expect(await emailsTo(mentor.email)).toHaveLength(mentorEmailsBefore);
  });

  it("another advisor gets not found and nothing moves; a second decision is a conflict", async () => {
    const { learner, request, requested } = await breakRequest();
    await createSession(db(), { learnerId: learner.id, scheduledAt: new Date("2027-03-03T09:00:00Z"), status: "SCHEDULED" });
    const stranger = actorOf(await createUser(db(), { role: "ADVISOR" }));
    const input = { breakId: requested.id, decision: "APPROVED" as const, startDate: "2027-03-01", endDate: "2027-03-14" };
    await expect(decideBreak(stranger, input, at)).rejects.toBeInstanceOf(NotFoundError);
    await expect(decideBreak(mentor, input, at)).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().learnerBreak.findUniqueOrThrow({ where: { id: requested.id } })).status).toBe("REQUESTED");
    expect(await db().mentoringSession.count({ where: { learnerId: learner.id, status: "CANCELLED" } })).toBe(0);
    expect((await db().supportRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("IN_PROGRESS");

    await decideBreak(advisor, input, at);
    await expect(decideBreak(advisor, { ...input, decision: "REFUSED", note: "non" }, at)).rejects.toMatchObject({ failure: { formError: "conflict" } });
    expect(await emailsTo(learner.user.email)).toHaveLength(1);
  });
});
