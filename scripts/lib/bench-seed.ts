// A school at scale, seeded set-based in SQL (generate_series), never row by row:
// learners in caseloads, weekly sessions, milestones, two years of requests with
// their events, follow-up cases with appointments, signals and breaks. Used by
// npm run bench:http. Names carry French accents so the search is put to work.
import type pg from "pg";

export interface SchoolScale {
  learners: number;
  caseload: number;
  /** Past weekly sessions per learner. */
  sessionsPerLearner: number;
  /** Requests still open (NEW, IN_PROGRESS, WAITING_FOR_REQUESTER). */
  open: number;
  /** Requests resolved or closed, spread over the past two years. */
  closed: number;
  /** Password hash of the bench advisor (adv1) and support member (sup1). */
  passwordHash: string;
}

export const BENCH_ADVISOR_EMAIL = "adv1@bench.test";
export const BENCH_SUPPORT_EMAIL = "sup1@bench.test";
export const BENCH_MANAGER_EMAIL = "mgr1@bench.test";

const FIRST = ["Léa", "Chloé", "Zoé", "Hélène", "Jérôme", "Noé", "Anaïs", "Maël", "Emma", "Lucas", "Inès", "Théo", "Gaëlle", "François", "Manon", "Hugo", "Océane", "Loïc", "Camille", "Nathan"];
const LAST = ["Lefèvre", "Martin", "Bérard", "Durand", "Müller", "Petit", "Gérard", "Moreau", "Laurent", "Girard", "Bonnet", "Dupré", "Lambert", "Fontaine", "Rousseau", "Mercier", "Château", "Faure", "André", "Noël"];
const SUBJECTS = ["Besoin d'une pause", "Retard important sur le projet", "Demande de sessions supplémentaires", "Question administrative", "Absence à prévoir", "Ressources supplémentaires", "Problème de connexion", "Soutenance à déplacer"];

const lit = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")}]::text[]`;

/** Seeds the whole school into an empty, migrated database; returns the row counts. */
export async function seedSchool(client: pg.Client, s: SchoolScale, now: Date): Promise<Record<string, number>> {
  const advisors = Math.ceil(s.learners / s.caseload);
  const mentors = Math.max(1, Math.ceil(s.learners / 20));
  const nowSql = `'${now.toISOString()}'::timestamp`;
  const step = async (label: string, sql: string) => {
    const start = Date.now();
    await client.query(sql);
    console.log(`  ${label}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  };
  await client.query("SET synchronous_commit = off");
  await step("training paths", `
    INSERT INTO "TrainingPath" (id, code, name, "durationWeeks")
    SELECT 'path' || g, 'BENCH-' || g, 'Parcours ' || g, 52 FROM generate_series(1, 3) g`);
  await step("staff", `
    INSERT INTO "User" (id, email, "firstName", "lastName", role, "passwordHash", "updatedAt")
    SELECT 'adv' || g, 'adv' || g || '@bench.test', 'Conseillère', 'N' || g, 'ADVISOR'::"Role", CASE WHEN g = 1 THEN $1 END, now()
    FROM generate_series(1, ${advisors}) g
    UNION ALL
    SELECT 'men' || g, 'men' || g || '@bench.test', 'Mentor', 'M' || g, 'MENTOR'::"Role", NULL, now() FROM generate_series(1, ${mentors}) g
    UNION ALL
    SELECT 'sup' || g, 'sup' || g || '@bench.test', 'Support', 'S' || g, 'SUPPORT'::"Role", CASE WHEN g = 1 THEN $1 END, now() FROM generate_series(1, 5) g
    UNION ALL
    SELECT 'mgr1', 'mgr1@bench.test', 'Mentorship', 'Manager', 'MENTORSHIP_MANAGER'::"Role", $1, now()`.replaceAll("$1", `'${s.passwordHash}'`));
  await step("learners", `
    INSERT INTO "User" (id, email, "firstName", "lastName", role, "updatedAt")
    SELECT 'lrn' || g, 'lrn' || g || '@bench.test', (${lit(FIRST)})[1 + g % ${FIRST.length}], (${lit(LAST)})[1 + (g / ${FIRST.length}) % ${LAST.length}], 'LEARNER', now()
    FROM generate_series(1, ${s.learners}) g`);
  await step("profiles", `
    INSERT INTO "LearnerProfile" ("userId", "trainingPathId", "startDate", "plannedEndDate", "weeklyCommitment", "advisorId", "mentorId", "updatedAt")
    SELECT 'lrn' || g, 'path' || (1 + g % 3), d.start, d.start + 364, 1, 'adv' || (1 + (g - 1) / ${s.caseload}), 'men' || (1 + (g - 1) % ${mentors}), now()
    FROM generate_series(1, ${s.learners}) g
    CROSS JOIN LATERAL (SELECT (${nowSql})::date - 70 - (g % 200) AS start) d`);
  await step("milestones", `
    INSERT INTO "LearnerMilestone" (id, "learnerId", position, label, "plannedDate", "completedAt")
    SELECT 'ms' || g || 'p' || p, 'lrn' || g, p, 'Projet ' || p, lp."startDate" + p * 36,
      CASE WHEN lp."startDate" + p * 36 + CASE WHEN g % 3 = 0 THEN 28 ELSE 0 END < (${nowSql})::date THEN lp."startDate" + p * 36 + CASE WHEN g % 3 = 0 THEN 28 ELSE 0 END END
    FROM generate_series(1, ${s.learners}) g JOIN "LearnerProfile" lp ON lp."userId" = 'lrn' || g
    CROSS JOIN generate_series(1, 10) p`);
  await step("sessions", `
    INSERT INTO "MentoringSession" (id, "learnerId", "mentorId", kind, "scheduledAt", "durationMinutes", status, "updatedAt")
    SELECT 'ses' || g || 'w' || w, 'lrn' || g, 'men' || (1 + (g - 1) % ${mentors}), CASE WHEN w % 6 = 0 THEN 'DEFENCE' ELSE 'MENTORING' END::"SessionKind",
      ${nowSql} - (w * 7 - 1) * interval '1 day' - (g % 9) * interval '1 hour', 45,
      CASE WHEN g % 5 = 0 AND w <= 2 THEN 'NO_SHOW' WHEN g % 17 = 0 AND w <= 3 THEN 'CANCELLED' ELSE 'HELD' END::"SessionStatus", now()
    FROM generate_series(1, ${s.learners}) g CROSS JOIN generate_series(1, ${s.sessionsPerLearner}) w`);
  // Requests: learner k = a scatter of g over every learner; 70 % from the learner, 30 %
  // mentor alerts. Open ones are recent (60 days), closed ones spread over two years.
  const total = s.open + s.closed;
  await step("requests", `
    INSERT INTO "SupportRequest" (id, "authorId", "learnerId", topic, side, queue, "assigneeId", status, priority, subject, message,
      "idempotencyKey", "createdAt", "updatedAt", "firstResponseDueAt", "firstResponseAt", "resolutionDueAt", "resolvedAt", "closedAt", "waitingSince")
    SELECT 'req' || g, CASE WHEN mentorSide THEN 'men' || (1 + (k - 1) % ${mentors}) ELSE 'lrn' || k END, 'lrn' || k,
      topic::"RequestTopic", CASE WHEN mentorSide THEN 'MENTOR' ELSE 'LEARNER' END::"ResponsibilitySide",
      queue::"RequestQueue", CASE WHEN queue = 'ADVISOR' THEN 'adv' || (1 + (k - 1) / ${s.caseload}) END,
      status::"RequestStatus", (ARRAY['LOW','NORMAL','NORMAL','NORMAL','HIGH','URGENT'])[1 + g % 6]::"Priority",
      (${lit(SUBJECTS)})[1 + g % ${SUBJECTS.length}] || ' (' || (${lit(FIRST)})[1 + (g / 7) % ${FIRST.length}] || ')', 'Message de la demande ' || g,
      'bench-' || g, created, created, created + interval '2 days', CASE WHEN status <> 'NEW' THEN created + interval '5 hours' END,
      created + interval '5 days', CASE WHEN isOpen THEN NULL ELSE created + interval '3 days' END,
      CASE WHEN status = 'CLOSED' THEN created + interval '4 days' END, CASE WHEN status = 'WAITING_FOR_REQUESTER' THEN created + interval '1 day' END
    FROM generate_series(1, ${total}) g
    CROSS JOIN LATERAL (SELECT 1 + (g::bigint * 7919) % ${s.learners} AS k, g <= ${s.open} AS isOpen, g % 10 < 3 AS mentorSide) a
    CROSS JOIN LATERAL (SELECT
      CASE WHEN mentorSide THEN (ARRAY['UPCOMING_ABSENCE','EXCEPTIONAL_CIRCUMSTANCES','DISENGAGEMENT_RISK','DISRESPECT','PLAGIARISM','MENTOR_OTHER'])[1 + (g / 10) % 6]
           ELSE (ARRAY['EXTRA_RESOURCES','EXTRA_SESSIONS','BREAK_REQUEST','ADMIN_SUPPORT','RQTH','OTHER'])[1 + (g / 10) % 6] END AS topic,
      CASE WHEN isOpen THEN (ARRAY['NEW','IN_PROGRESS','WAITING_FOR_REQUESTER'])[1 + (g / 3) % 3] ELSE (ARRAY['RESOLVED','CLOSED'])[1 + g % 2] END AS status,
      -- Mentor alerts: open ones half still to triage, the rest forwarded; admin questions to support.
      CASE WHEN mentorSide AND (NOT isOpen OR g % 2 = 0) THEN 'ADVISOR' WHEN mentorSide THEN 'TRIAGE'
           WHEN (g / 10) % 6 = 3 THEN 'SUPPORT' ELSE 'ADVISOR' END AS queue,
      CASE WHEN isOpen THEN ${nowSql} - (g % 1440) * interval '1 hour' - (g % 3600) * interval '1 second'
           ELSE ${nowSql} - interval '2 days' - (g % 17280) * interval '1 hour' - (g % 3600) * interval '1 second' END AS created) b`);
  await step("request events", `
    INSERT INTO "RequestEvent" (id, "requestId", "actorId", type, visibility, "toQueue", "toStatus", "createdAt")
    SELECT 'ev' || r.id, r.id, r."authorId", 'CREATED'::"RequestEventType", 'PUBLIC'::"EventVisibility", r.queue, 'NEW'::"RequestStatus", r."createdAt" FROM "SupportRequest" r
    UNION ALL
    SELECT 'evr' || r.id, r.id, r."assigneeId", 'REPLY'::"RequestEventType", 'PUBLIC'::"EventVisibility", NULL, NULL, r."firstResponseAt" FROM "SupportRequest" r WHERE r."firstResponseAt" IS NOT NULL AND r."assigneeId" IS NOT NULL
    UNION ALL
    SELECT 'evs' || r.id, r.id, r."assigneeId", 'STATUS_CHANGED'::"RequestEventType", 'PUBLIC'::"EventVisibility", NULL, r.status, r."resolvedAt" FROM "SupportRequest" r WHERE r."resolvedAt" IS NOT NULL`);
  // One learner in ten has had a follow-up case (a third of them still open) with two calls.
  await step("cases and appointments", `
    WITH c AS (
      INSERT INTO "FollowUpCase" (id, "learnerId", "advisorId", reason, status, blocker, outcome, "openedAt", "closedAt")
      SELECT 'case' || g, 'lrn' || g, 'adv' || (1 + (g - 1) / ${s.caseload}),
        (ARRAY['OBSERVED_DELAY','ATTENDANCE_PROBLEM','MENTOR_ALERT','CHECK_IN','END_OF_TRAINING'])[1 + (g / 10) % 5]::"ContactReason",
        CASE WHEN g % 30 = 0 THEN 'OPEN' ELSE 'CLOSED' END::"CaseStatus", 'Blocage ' || g,
        CASE WHEN g % 30 = 0 THEN NULL ELSE 'BLOCKER_SOLVED' END::"CaseOutcome",
        ${nowSql} - (g % 300 + 10) * interval '1 day', CASE WHEN g % 30 = 0 THEN NULL ELSE ${nowSql} - (g % 300) * interval '1 day' END
      FROM generate_series(10, ${s.learners}, 10) g
      RETURNING id, "learnerId", "advisorId", status, "openedAt", substr(id, 5)::int AS g
    )
    INSERT INTO "Appointment" (id, "caseId", "learnerId", "advisorId", kind, "startsAt", status, "icsUid", "updatedAt")
    SELECT 'apt' || c.id || 'n' || n, c.id, c."learnerId", c."advisorId", CASE WHEN n = 1 THEN 'FIRST' ELSE 'FOLLOW_UP' END::"AppointmentKind",
      -- An advisor's scheduled calls never overlap (Appointment_advisor_no_overlap): half an hour apart.
      CASE WHEN c.status = 'OPEN' AND n = 2 THEN ${nowSql} + interval '2 days' + (row_number() OVER (PARTITION BY c."advisorId" ORDER BY c.id, n)) * interval '30 minutes' ELSE c."openedAt" + (n * 3) * interval '1 day' END,
      CASE WHEN c.status = 'OPEN' AND n = 2 THEN 'SCHEDULED' ELSE 'HELD' END::"AppointmentStatus", 'ics' || c.id || 'n' || n, now()
    FROM c CROSS JOIN generate_series(1, 2) n`);
  await step("signals and breaks", `
    WITH s AS (
      INSERT INTO "LearnerSignal" (id, "learnerId", "advisorId", kind, "isoWeek", "createdAt")
      SELECT 'sig' || g, 'lrn' || g, 'adv' || (1 + (g - 1) / ${s.caseload}), 'COMMITMENT_NOT_KEPT', '2026-W01', now()
      FROM generate_series(7, ${s.learners}, 20) g RETURNING 1
    )
    INSERT INTO "LearnerBreak" (id, "learnerId", status, "startDate", "endDate", "reasonKind", "createdAt")
    SELECT 'brk' || g, 'lrn' || g, 'APPROVED', (${nowSql})::date - 3, (${nowSql})::date + 10, 'HOLIDAYS', now()
    FROM generate_series(13, ${s.learners}, 50) g`);
  // Issue 16: a satisfaction survey after each resolved request (three in five answered), and
  // a complaint for one request in a thousand (a third still unanswered).
  await step("surveys and complaints", `
    WITH s AS (
      INSERT INTO "SurveyInvitation" (id, "tokenHash", "recipientId", "learnerId", "requestId", "createdAt", "expiresAt", "answeredAt", rating, comment)
      SELECT 'srv' || r.id, md5(r.id), r."authorId", r."learnerId", r.id, r."resolvedAt", r."resolvedAt" + interval '30 days',
        CASE WHEN abs(hashtext(r.id)) % 5 < 3 THEN r."resolvedAt" + interval '1 day' END,
        CASE WHEN abs(hashtext(r.id)) % 5 < 3 THEN 1 + abs(hashtext(r.id || 'x')) % 5 END,
        CASE WHEN abs(hashtext(r.id)) % 10 = 0 THEN 'Commentaire' END
      FROM "SupportRequest" r WHERE r."resolvedAt" IS NOT NULL RETURNING 1
    )
    INSERT INTO "Complaint" (id, "requestId", "receivedAt", "dueAt", "acknowledgedAt", status, answer, "answeredAt", "updatedAt")
    SELECT 'cpl' || r.id, r.id, r."createdAt", r."createdAt" + interval '28 days', r."createdAt",
      (CASE WHEN g % 3 = 0 THEN 'OPEN' ELSE 'ANSWERED' END)::"ComplaintStatus", CASE WHEN g % 3 <> 0 THEN 'Réponse' END,
      CASE WHEN g % 3 <> 0 THEN r."createdAt" + interval '10 days' END, now()
    FROM generate_series(1000, ${total}, 1000) g JOIN "SupportRequest" r ON r.id = 'req' || g`);
  // As autovacuum leaves a live database: statistics, and the visibility map that lets an
  // index-only scan skip the table (counting 45,000 open requests: 30 ms with a fresh bulk
  // load's unset map, 6 ms after).
  await step("vacuum analyze", "VACUUM (ANALYZE)");
  const counts: Record<string, number> = {};
  for (const table of ["User", "LearnerProfile", "MentoringSession", "SupportRequest", "RequestEvent", "FollowUpCase", "Appointment"]) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(rows[0].n);
  }
  return counts;
}
