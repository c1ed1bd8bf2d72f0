"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { bookCallSchema, bookWithLinkSchema, moveMyCallSchema } from "@/lib/schemas/booking";
import { FormErrorSummary, SubmitRow, useActionForm, type ActionForm } from "@/components/ui/action-form";
import { TextAreaField, TextField } from "@/components/ui/form-fields";
import { SlotPicker, type SlotDay } from "@/components/booking/slot-picker";
import type { ActionFailure } from "@/lib/schemas/action-result";
import { bookCallAction, bookWithLinkAction, moveMyCallAction } from "./actions";

const slotCount = (days: SlotDay[]) => days.reduce((n, d) => n + d.slots.length, 0);
const labelOf = (days: SlotDay[], startsAt: string | undefined) => days.flatMap((d) => d.slots).find((s) => s.startsAt === startsAt)?.label;

/** A slot taken meanwhile (or no longer offered): show the slots as they are now. */
function useRefreshWhenTaken(failure: ActionFailure | null) {
  const router = useRouter();
  useEffect(() => {
    if (failure?.fieldErrors?.startsAt) router.refresh();
  }, [failure, router]);
}

function SlotChoice(props: { days: SlotDay[]; id: string; error?: string; selected: string | undefined; onSelect: (startsAt: string) => void }) {
  const t = useTranslations("booking");
  return <SlotPicker {...props} title={t("slotsTitle")} count={t("slotsCount", { count: slotCount(props.days) })} />;
}

/** The chosen slot, said in words and announced when it changes. */
function ChosenSlot({ days, selected }: { days: SlotDay[]; selected: string | undefined }) {
  const t = useTranslations("booking");
  const chosen = labelOf(days, selected);
  return (
    <p role="status" className="font-semibold">
      {chosen ? t("chosen", { slot: chosen }) : t("noneChosen")}
    </p>
  );
}

/** Picking a free slot and confirming the call: the phone number to call, what to talk about, the 1-hour reminder. */
export function BookingForm({ days, phone }: { days: SlotDay[]; phone: string }) {
  const t = useTranslations("booking");
  const router = useRouter();
  const f = useActionForm({
    schema: bookCallSchema,
    action: bookCallAction,
    defaultValues: { startsAt: "", phone, topic: "", remindHourBefore: false },
    fields: { startsAt: t("slotsTitle"), phone: t("phone"), topic: t("topic") },
    errors: "booking.errors",
    onSuccess: (data) => router.push(`/learner/booking/${data.appointmentId}?confirmed=1`),
  });
  return <BookingFields f={f} days={days} />;
}

/** The same booking through the signed link of an advisor's email (the token goes back to the server, which claims it). */
export function LinkBookingForm({ days, phone, token }: { days: SlotDay[]; phone: string; token: string }) {
  const t = useTranslations("booking");
  const router = useRouter();
  const f = useActionForm({
    schema: bookWithLinkSchema,
    action: bookWithLinkAction,
    defaultValues: { startsAt: "", phone, topic: "", remindHourBefore: false, token },
    fields: { startsAt: t("slotsTitle"), phone: t("phone"), topic: t("topic") },
    errors: "booking.errors",
    onSuccess: (data) => router.push(`/learner/booking/${data.appointmentId}?confirmed=1`),
  });
  return <BookingFields f={f as unknown as ActionForm<BookFields>} days={days} />;
}

type BookFields = { startsAt: string; phone: string; topic: string; remindHourBefore: boolean };

function BookingFields({ f, days }: { f: ActionForm<BookFields>; days: SlotDay[] }) {
  const t = useTranslations("booking");
  useRefreshWhenTaken(f.failure);
  const selected = f.form.watch("startsAt");
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-6">
      <FormErrorSummary form={f} />
      <SlotChoice days={days} id={f.idOf("startsAt")} error={f.errorOf("startsAt")} selected={selected} onSelect={(v) => f.form.setValue("startsAt", v, { shouldValidate: f.attempt > 0 })} />
      <section aria-labelledby="booking-details" className="space-y-4 rounded border border-slate-300 bg-white p-4">
        <h2 id="booking-details" className="text-lg font-semibold">
          {t("detailsTitle")}
        </h2>
        <ChosenSlot days={days} selected={selected} />
        <TextField form={f} name="phone" label={t("phone")} hint={t("phoneHint")} type="tel" autoComplete="tel" maxLength={40} />
        <TextAreaField form={f} name="topic" label={t("topic")} hint={t("topicHint")} maxLength={1000} rows={3} />
        <div className="flex items-center gap-2">
          <input id="remindHourBefore" type="checkbox" {...f.register("remindHourBefore")} className="h-5 w-5" />
          <label htmlFor="remindHourBefore">{t("remindHourBefore")}</label>
        </div>
        <SubmitRow form={f} label={t("submit")} />
      </section>
    </form>
  );
}

/** Moving one of the learner's calls to another free slot (the same event, an updated invite). */
export function MoveForm({ days, appointmentId }: { days: SlotDay[]; appointmentId: string }) {
  const t = useTranslations("booking");
  const router = useRouter();
  const f = useActionForm({
    schema: moveMyCallSchema,
    action: moveMyCallAction,
    defaultValues: { appointmentId, startsAt: "" },
    fields: { startsAt: t("slotsTitle") },
    errors: "booking.errors",
    onSuccess: () => router.push(`/learner/booking/${appointmentId}?moved=1`),
  });
  useRefreshWhenTaken(f.failure);
  const selected = f.form.watch("startsAt");
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-6">
      <FormErrorSummary form={f} />
      <SlotChoice days={days} id={f.idOf("startsAt")} error={f.errorOf("startsAt")} selected={selected} onSelect={(v) => f.form.setValue("startsAt", v, { shouldValidate: f.attempt > 0 })} />
      <ChosenSlot days={days} selected={selected} />
      <SubmitRow form={f} label={t("moveSubmit")} />
    </form>
  );
}
