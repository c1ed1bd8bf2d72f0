"use client";
import { CallTimeFields } from "./call-time-fields";
import { useTranslations } from "next-intl";
import { cancelAppointmentSchema, DURATIONS, rescheduleAppointmentSchema } from "@/lib/schemas/follow-up";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { cancelAppointmentAction, rescheduleAppointmentAction } from "../actions";

/** Moving a call still to come: the learner gets the updated invite. */
export function MoveCallForm({ appointmentId, date, time, durationMinutes }: { appointmentId: string; date: string; time: string; durationMinutes: string }) {
  const t = useTranslations("cases");
  const f = useActionForm({
    schema: rescheduleAppointmentSchema,
    action: rescheduleAppointmentAction,
    defaultValues: { appointmentId, date, time, durationMinutes: (DURATIONS as readonly string[]).includes(durationMinutes) ? (durationMinutes as (typeof DURATIONS)[number]) : "30" },
    fields: { date: t("date"), time: t("time"), durationMinutes: t("duration") },
    errors: "cases.errors",
    success: t("moved"),
    idPrefix: `move-${appointmentId}-`,
  });
  return (
    <form noValidate onSubmit={f.onSubmit} aria-labelledby={`move-${appointmentId}-title`} className="mt-2 space-y-3 rounded border border-slate-300 p-3">
      <h3 id={`move-${appointmentId}-title`} className="font-semibold">
        {t("move")}
      </h3>
      <p className="text-sm text-slate-700">{t("moveHint")}</p>
      <FormErrorSummary form={f} />
      <CallTimeFields form={f} />
      <SubmitRow form={f} label={t("moveSubmit")} />
    </form>
  );
}

/** Cancelling a call still to come: asked first, then the learner gets the cancellation. */
export function CancelCallForm({ appointmentId }: { appointmentId: string }) {
  const t = useTranslations("cases");
  const formId = `cancel-${appointmentId}`;
  const f = useActionForm({
    schema: cancelAppointmentSchema,
    action: cancelAppointmentAction,
    defaultValues: { appointmentId },
    fields: {},
    errors: "cases.errors",
    success: t("cancelled"),
    idPrefix: `${formId}-`,
  });
  return (
    <form id={formId} noValidate onSubmit={f.onSubmit} className="mt-2 space-y-2">
      <FormErrorSummary form={f} />
      <ConfirmDialog
        triggerLabel={t("cancelCall")}
        title={t("cancelConfirm.title")}
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
