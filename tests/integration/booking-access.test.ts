// The authorization matrix of self-booking: every data function × every role. A learner
// books, moves and cancels only their own calls; an advisor edits only their own availability.
import { beforeAll, describe, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";
import { bookCall, cancelMyCall, getBookingPage, getMyCall, insertBookedCall, moveMyCall, myAdvisor } from "@/lib/server/data/booking";
import { getDb } from "@/lib/server/db";
import { getMyAvailability, saveAvailability } from "@/lib/server/data/availability";
import { getMyFeedState, listMyCalls, renewMyFeedToken, revokeMyFeedToken } from "@/lib/server/data/advisor-calls";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
const ids = { appointment: "", advisor: "" };
const LEARNER = ["LEARNER"] as const;
const ADVISOR = ["ADVISOR"] as const;
const slot = "2099-01-06T08:00:00.000Z";

const availability = {
  day1: "09:00-12:00", day2: "", day3: "", day4: "", day5: "", day6: "", day7: "", daysOff: "",
  firstCallMinutes: "45", followUpCallMinutes: "30", bufferMinutes: "15", minNoticeHours: "24", horizonDays: "21", dailyCap: "6",
};

const MATRIX: AccessRow[] = [
  { name: "getBookingPage", call: (a) => getBookingPage(a), allowed: LEARNER },
  { name: "bookCall", call: (a) => bookCall(a, { startsAt: slot, phone: "0612345678", topic: "", remindHourBefore: false }), allowed: LEARNER },
  { name: "getMyCall", call: (a) => getMyCall(a, ids.appointment), allowed: LEARNER },
  { name: "moveMyCall", call: (a) => moveMyCall(a, { appointmentId: ids.appointment, startsAt: slot }), allowed: LEARNER },
  { name: "cancelMyCall", call: (a) => cancelMyCall(a, { appointmentId: ids.appointment, reason: "" }), allowed: LEARNER },
  { name: "myAdvisor", call: (a) => myAdvisor(getDb(), a), allowed: LEARNER },
  {
    name: "insertBookedCall",
    call: (a) =>
      getDb().$transaction((tx) =>
        insertBookedCall(tx, a, { advisorId: ids.advisor, caseId: null, kind: "FIRST", startsAt: new Date("2099-03-02T08:00:00Z"), durationMinutes: 30, input: { startsAt: "2099-03-02T08:00:00.000Z", phone: "", topic: "", remindHourBefore: false }, storedPhone: null }),
      ),
    allowed: LEARNER,
  },
  { name: "getMyAvailability", call: (a) => getMyAvailability(a), allowed: ADVISOR },
  { name: "saveAvailability", call: (a) => saveAvailability(a, availability), allowed: ADVISOR },
  { name: "listMyCalls", call: (a) => listMyCalls(a, new Date("2099-01-01"), new Date("2099-02-01")), allowed: ADVISOR },
  { name: "getMyFeedState", call: (a) => getMyFeedState(a), allowed: ADVISOR },
  { name: "renewMyFeedToken", call: (a) => renewMyFeedToken(a), allowed: ADVISOR },
  { name: "revokeMyFeedToken", call: (a) => revokeMyFeedToken(a), allowed: ADVISOR },
];

// Used inside the advisor's own scheduling (follow-up-cases.ts) to read the database's refusal.
// The feed's route handler has no session: the secret token is the key (feedCalls).
// The shared steps of booking (booking-links.ts books through a link with them), run inside the caller's transaction.
const SYSTEM = ["isOverlap", "feedCalls", "toRules", "busyCalls", "lockedRules", "slotError", "mail"];

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR" });
  const learner = await createLearner(client, { advisorId: advisor.id });
  actors.ADVISOR = actorOf(advisor);
  ids.advisor = advisor.id;
  actors.LEARNER = actorOf(learner.user);
  for (const role of ["MENTOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role }));
  ids.appointment = (
    await client.appointment.create({ data: { learnerId: learner.id, advisorId: advisor.id, kind: "FIRST", startsAt: new Date("2099-01-05T08:00:00Z"), bookedByLearner: true } })
  ).id;
});

describe("self-booking authorization matrix", () => {
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported data function has a row (or is a system function)", async () => {
    await expectEveryExportCovered(import.meta.glob(["../../lib/server/data/booking.ts", "../../lib/server/data/availability.ts", "../../lib/server/data/advisor-calls.ts"]), MATRIX, SYSTEM);
  });
});
