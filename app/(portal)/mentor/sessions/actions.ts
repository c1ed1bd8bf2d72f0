"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { logPastSession, planSession, updateSession, type PlanOutcome } from "@/lib/server/data/sessions";
import { logPastSessionSchema, planSessionSchema, recordSessionSchema } from "@/lib/schemas/session";
import { schoolInstant } from "@/lib/domain/week";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { NotFoundError } from "@/lib/server/auth/actor";
import { refuse, Refusal } from "@/lib/server/errors";
import { action } from "@/lib/server/actions/client";

/** A refused time, on the field that must change, naming the other session's time or the break's days. */
function refusalOf(outcome: Exclude<PlanOutcome, { ok: true }>, locale: AppLocale): Refusal {
  const when = dates(locale);
  switch (outcome.refused) {
    case "overlap": {
      const end = new Date(outcome.other.scheduledAt.getTime() + outcome.other.durationMinutes * 60_000);
      return new Refusal({
        fieldErrors: { time: "time.overlap" },
        values: { day: when.instant(outcome.other.scheduledAt, "weekday"), start: when.instant(outcome.other.scheduledAt, "time"), end: when.instant(end, "time"), learner: outcome.other.learner },
      });
    }
    case "break":
      return new Refusal({ fieldErrors: { confirmBreak: "confirmBreak.required" }, values: { from: when.day(outcome.span.startDate), to: when.day(outcome.span.endDate) } });
    case "past":
      return refuse.field("time", "time.past");
    case "notYet":
      return refuse.field("time", "time.notYet");
    case "tooOld":
      return refuse.field("date", "date.tooOld");
  }
}

async function checked(work: () => Promise<PlanOutcome>): Promise<PlanOutcome | Refusal> {
  try {
    return await work();
  } catch (error) {
    // The learner is chosen in the form: not one of the mentor's is that field's mistake.
    if (error instanceof NotFoundError) return refuse.field("learnerId", "notFound");
    throw error;
  }
}

const confirmed = (value: unknown) => value === "yes" || value === true;

export const planSessionAction = action("mentor.planSession")
  .roles(["MENTOR"])
  .schema(planSessionSchema)
  .run(async (actor, { learnerId, kind, date, time, durationMinutes, confirmBreak }) => {
    const scheduledAt = schoolInstant(date, time)!;
    const outcome = await checked(() => planSession(actor, { learnerId, kind, scheduledAt, durationMinutes: Number(durationMinutes), confirmBreak: confirmed(confirmBreak) }));
    if (outcome instanceof Refusal) return outcome;
    if (!outcome.ok) return refusalOf(outcome, actor.locale);
    revalidatePath("/mentor", "layout");
    redirect(`/mentor/sessions/${outcome.id}?done=planned`);
  });

export const logPastSessionAction = action("mentor.logPastSession")
  .roles(["MENTOR"])
  .schema(logPastSessionSchema)
  .run(async (actor, v) => {
    const outcome = await checked(() =>
      logPastSession(actor, {
        learnerId: v.learnerId,
        kind: v.kind,
        scheduledAt: schoolInstant(v.date, v.time)!,
        durationMinutes: Number(v.durationMinutes),
        confirmBreak: confirmed(v.confirmBreak),
        status: v.status,
        learnerNote: v.learnerNote || null,
        privateNote: v.privateNote || null,
      }),
    );
    if (outcome instanceof Refusal) return outcome;
    if (!outcome.ok) return refusalOf(outcome, actor.locale);
    revalidatePath("/mentor", "layout");
    redirect(`/mentor/sessions/${outcome.id}?done=logged`);
  });

export const recordSessionAction = action("mentor.recordSession")
  .roles(["MENTOR"])
  .schema(recordSessionSchema)
  .run(async (actor, v) => {
    const outcome = await updateSession(actor, v.id, Number(v.version), {
      kind: v.kind,
      scheduledAt: schoolInstant(v.date, v.time)!,
      durationMinutes: Number(v.durationMinutes),
      status: v.status,
      cancelledBy: v.status === "CANCELLED" && v.cancelledBy ? v.cancelledBy : null,
      learnerNote: v.learnerNote || null,
      privateNote: v.privateNote || null,
    });
    if (outcome === "notYet") return refuse.field("status", "status.notStarted");
    if (outcome === "past") return refuse.field("time", "time.past");
    if (outcome === "tooOld") return refuse.field("date", "date.tooOld");
    revalidatePath("/mentor", "layout");
    // On a conflict the page reloads with the latest version and says why.
    redirect(`/mentor/sessions/${v.id}?done=${outcome === "conflict" ? "conflict" : "saved"}`);
  });
