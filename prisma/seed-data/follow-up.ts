import { addDays, type FactoryDb } from "../../tests/factories";
import { parisAt } from "./calendar";
import type { RequestContext } from "./requests";

// The advisor's follow-up tools with something in them, for the demo advisor
// (conseiller@demo.test): an open case whose first call found the blocker and whose
// follow-up call is booked, a closed case with its outcome, and stakeholders with exchanges
// (one shares RQTH with the learner's agreement).
export async function seedFollowUp(ctx: RequestContext): Promise<void> {
  const { db, today } = ctx;
  const day = (offset: number, hour: number, minute = 0) => parisAt(addDays(today, offset), hour, minute);

  const late = ctx.learner(3);
  const open = await db.followUpCase.create({
    data: {
      learnerId: late.id,
      advisorId: late.advisor.id,
      reason: "OBSERVED_DELAY",
      blocker: "Horaires de travail décalés depuis la rentrée : plus de créneau le soir pour les sessions.",
      openedAt: day(-8, 9, 15),
    },
  });
  await db.appointment.create({
    data: {
      caseId: open.id,
      learnerId: late.id,
      advisorId: late.advisor.id,
      kind: "FIRST",
      startsAt: day(-6, 10),
      status: "HELD",
      notes: "Appel de 25 minutes. Propose de passer les sessions au samedi matin ; en parle à son mentor.",
      createdAt: day(-8, 9, 20),
    },
  });
  await db.appointment.create({
    data: { caseId: open.id, learnerId: late.id, advisorId: late.advisor.id, kind: "FOLLOW_UP", startsAt: day(3, 14), createdAt: day(-6, 10, 40) },
  });

  const back = ctx.learner(6);
  const closed = await db.followUpCase.create({
    data: {
      learnerId: back.id,
      advisorId: back.advisor.id,
      reason: "ATTENDANCE_PROBLEM",
      blocker: "Ordinateur en panne pendant deux semaines.",
      status: "CLOSED",
      outcome: "BLOCKER_SOLVED",
      nextStep: "Point mensuel",
      sharedOutcome: "Matériel remplacé, les sessions ont repris.",
      openedAt: day(-30, 11),
      closedAt: day(-16, 16),
    },
  });
  for (const [kind, offset, notes] of [
    ["FIRST", -28, "Panne d'ordinateur ; prêt de matériel demandé à l'école."],
    ["FOLLOW_UP", -16, "Matériel reçu, deux sessions tenues depuis."],
  ] as const) {
    await db.appointment.create({
      data: { caseId: closed.id, learnerId: back.id, advisorId: back.advisor.id, kind, startsAt: day(offset, 11), status: "HELD", notes, createdAt: day(offset - 2, 11) },
    });
  }

  await stakeholder(db, late.id, late.advisor.id, {
    kind: "FRANCE_TRAVAIL",
    organisation: "France Travail Villeurbanne",
    personName: "Sandrine Leroy",
    roleTitle: "Conseillère emploi",
    email: "s.leroy@francetravail.test",
    sharing: ["PROGRESS", "ATTENDANCE"],
    exchanges: [[day(-12, 15), "PHONE", "Point sur l'avancement : le projet 3 est rendu, la suite est planifiée."]],
  });
  const rqth = ctx.learner(9);
  await stakeholder(db, rqth.id, rqth.advisor.id, {
    kind: "CAP_EMPLOI",
    organisation: "Cap Emploi Rhône",
    personName: "Julien Perrin",
    roleTitle: "Chargé de mission",
    email: "j.perrin@capemploi.test",
    sharing: ["PROGRESS", "RQTH"],
    exchanges: [
      [day(-20, 10), "MEETING", "Réunion tripartite : aménagements confirmés (sessions de 60 minutes)."],
      [day(-5, 14, 30), "EMAIL", "Envoi du bilan de mi-parcours, avec l'accord de l'apprenant·e."],
    ],
  });
  await stakeholder(db, rqth.id, rqth.advisor.id, {
    kind: "EMPLOYER",
    organisation: "Atelier Numérique du Rhône",
    personName: "Claire Fontaine",
    roleTitle: "Tutrice en entreprise",
    sharing: ["PROGRESS"],
    exchanges: [],
  });
}

type StakeholderSeed = {
  kind: "FRANCE_TRAVAIL" | "CAP_EMPLOI" | "AGEFIPH" | "MISSION_LOCALE" | "EMPLOYER" | "OTHER";
  organisation: string;
  personName: string;
  roleTitle: string;
  email?: string;
  sharing: ("PROGRESS" | "ATTENDANCE" | "HEALTH" | "RQTH")[];
  exchanges: [Date, "PHONE" | "EMAIL" | "MEETING" | "VIDEO" | "OTHER", string][];
};

async function stakeholder(db: FactoryDb, learnerId: string, authorId: string, s: StakeholderSeed) {
  const row = await db.stakeholder.create({
    data: { learnerId, kind: s.kind, organisation: s.organisation, personName: s.personName, roleTitle: s.roleTitle, email: s.email ?? null, sharing: s.sharing },
  });
  for (const [occurredAt, channel, summary] of s.exchanges) {
    await db.stakeholderExchange.create({ data: { stakeholderId: row.id, learnerId, authorId, occurredAt, channel, summary, createdAt: occurredAt } });
  }
}
