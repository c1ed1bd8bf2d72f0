"use client";
import { useEffect, useState } from "react";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { useLocale, useTranslations } from "next-intl";
import type { RequestStatus } from "@prisma/client";
import type { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/form-fields";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n/config";
import { DUPLICATE_REASON_MAX } from "@/lib/schemas/contact";
import type { ContactValues } from "./topic-fields";

type Shown = { id: string; number: number; subject: string; createdAt: string; status: RequestStatus; canAdd: boolean };

/** The duplicate the server refused with (lib/server/data/duplicates.ts), if that was its answer. */
function shownOf(form: ActionForm<ContactValues>): Shown | null {
  const failure = form.failure;
  if (failure?.formError !== "duplicate" || !failure.values) return null;
  const v = failure.values;
  return { id: String(v.id), number: Number(v.number), subject: String(v.subject), createdAt: String(v.createdAt), status: v.status as RequestStatus, canAdd: v.canAdd === "yes" };
}

/**
 * "A similar request already exists": shown once the server has found one, it
 * stays (with what was typed) until the form is sent with an answer — add the
 * message to that request, or file a new one with a reason.
 */
export function DuplicatePanel({ form, side, basePath }: { form: ActionForm<ContactValues>; side: "LEARNER" | "MENTOR"; basePath: string }) {
  const t = useTranslations("contact.duplicate");
  const statuses = useTranslations("requestStatus");
  const locale = useLocale() as AppLocale;
  const latest = shownOf(form);
  const [shown, setShown] = useState<Shown | null>(null);
  if (latest && latest.id !== shown?.id) setShown(latest);
  const { setValue } = form.form;
  useEffect(() => {
    if (!shown) return;
    setValue("duplicateOf", shown.id);
    // A done request takes no message: filing anew is the only way on.
    if (!shown.canAdd) setValue("duplicateChoice", "new");
  }, [shown, setValue]);
  const choice = useWatch({ control: form.form.control, name: "duplicateChoice" });
  if (!shown) return null;
  const error = form.errorOf("duplicateChoice");
  return (
    <section aria-labelledby="duplicate-title" className="space-y-4 rounded border-4 border-brand-700 bg-brand-50 p-4">
      <h2 id="duplicate-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p>{t(side === "LEARNER" ? "learnerIntro" : "mentorIntro")}</p>
      <p className="font-medium">
        {t("summary", { number: shown.number, subject: shown.subject, date: dates(locale).instant(new Date(shown.createdAt), "dayShort"), status: statuses(shown.status) })}{" "}
        <Link href={`${basePath}/${shown.id}`} className="underline">
          {t("open")}
        </Link>
      </p>
      <input type="hidden" {...form.register("duplicateOf")} />
      <ChoiceFieldset id={form.idOf("duplicateChoice")} legend={t("legend")} error={error}>
        {shown.canAdd ? (
          <Choice label={t("add", { number: shown.number })}>
            <input {...form.register("duplicateChoice")} id={form.idOf("duplicateChoice")} type="radio" value="add" className="h-5 w-5" />
          </Choice>
        ) : null}
        <Choice label={t("new")}>
          <input {...form.register("duplicateChoice")} id={shown.canAdd ? "duplicateChoice-new" : form.idOf("duplicateChoice")} type="radio" value="new" className="h-5 w-5" />
        </Choice>
      </ChoiceFieldset>
      {choice === "add" ? <p className="text-sm">{t("addHint")}</p> : null}
      {choice === "new" ? <TextAreaField form={form} name="duplicateReason" label={t("reason")} hint={t("reasonHint")} maxLength={DUPLICATE_REASON_MAX} rows={3} /> : null}
    </section>
  );
}
