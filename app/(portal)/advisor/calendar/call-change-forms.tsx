"use client";
import { useTranslations } from "next-intl";
import { cancelAppointmentSchema, DURATIONS, rescheduleAppointmentSchema } from "@/lib/schemas/follow-up";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CallTimeFields } from "../learners/[id]/cases/[caseId]/call-time-fields";
import { cancelCallAction, moveCallAction } from "./actions";

type Props = { appointmentId: string; learner: string; date: string; time: string; durationMinutes: string };

/** Move (in a disclosure, to keep the list short) or cancel (after a confirmation) one call of the advisor's list. */
export function CallChangeForms({ appointmentId, learner, date, time, durationMinutes }: Props) {
  const t = useTranslations("advisorCallActions");
  return (
    <div className="mt-2 flex flex-wrap items-start gap-3">
      <details className="min-w-0 flex-1">
        <summary className="cursor-pointer underline">{t("move")}</summary>
        <MoveForm appointmentId={appointmentId} learner={learner} date={date} time={time} durationMinutes={durationMinutes} />
      </details>
      <CancelForm appointmentId={appointmentId} learner={learner} />
    </div>
  );
}

function MoveForm({ appointmentId, learner, date, time, durationMinutes }: Props) {
  const t = useTranslations("advisorCallActions");
  const cases = useTranslations("cases");
  const prefix = `call-move-${appointmentId}-`;
  const f = useActionForm({
    schema: rescheduleAppointmentSchema,
    action: moveCallAction,
    defaultValues: { appointmentId, date, time, durationMinutes: (DURATIONS as readonly string[]).includes(durationMinutes) ? (durationMinutes as (typeof DURATIONS)[number]) : "30" },
    fields: { date: cases("date"), time: cases("time"), durationMinutes: cases("duration") },
    errors: "cases.errors",
    success: t("moved"),
    idPrefix: prefix,
  });
  return (
    <form noValidate onSubmit={f.onSubmit} aria-labelledby={`${prefix}title`} className="mt-2 space-y-3 rounded border border-slate-300 p-3">
      <h4 id={`${prefix}title`} className="font-semibold">
        {t("moveTitle", { learner })}
      </h4>
      <p className="text-sm text-slate-700">{t("moveHint")}</p>
      <FormErrorSummary form={f} />
      <CallTimeFields form={f} />
      <SubmitRow form={f} label={t("moveSubmit")} />
    </form>
  );
}

function CancelForm({ appointmentId, learner }: { appointmentId: string; learner: string }) {
  const t = useTranslations("advisorCallActions");
  const formId = `call-cancel-${appointmentId}`;
  const f = useActionForm({
    schema: cancelAppointmentSchema,
    action: cancelCallAction,
    defaultValues: { appointmentId },
    fields: {},
    errors: "cases.errors",
    success: t("cancelled"),
    idPrefix: `${formId}-`,
  });
  return (
    <form id={formId} noValidate onSubmit={f.onSubmit} className="space-y-2">
      <FormErrorSummary form={f} />
      <ConfirmDialog
        triggerLabel={t("cancel")}
        title={t("cancelConfirm.title", { learner })}
        description={t("cancelConfirm.description")}
        confirmLabel={t("cancelConfirm.confirm")}
        cancelLabel={t("cancelConfirm.cancel")}
        triggerVariant="secondary"
        form={formId}
        pending={f.pending}
      />
      {f.status ? (
        <p role="status" className="text-sm">
          {f.status.message}
        </p>
      ) : null}
    </form>
  );
}
