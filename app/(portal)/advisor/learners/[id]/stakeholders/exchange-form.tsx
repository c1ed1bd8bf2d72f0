"use client";
import { useTranslations } from "next-intl";
import type { SharingScope } from "@prisma/client";
import { exchangeSchema } from "@/lib/schemas/stakeholders";
import { EXCHANGE_CHANNELS, SHARING_SCOPES } from "@/lib/domain/stakeholders";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { logExchangeAction } from "./actions";

/** Only what the learner agreed to can be ticked; the server refuses the rest anyway. */
export function ExchangeForm({ stakeholderId, agreed, today }: { stakeholderId: string; agreed: SharingScope[]; today: string }) {
  const t = useTranslations("stakeholders");
  const saved = useTranslations("cases");
  const f = useActionForm({
    schema: exchangeSchema,
    action: logExchangeAction,
    defaultValues: { stakeholderId, occurredOn: today, channel: "PHONE", summary: "", shared: [] },
    fields: { occurredOn: t("occurredOn"), channel: t("channelField"), summary: t("summary"), shared: t("shared") },
    errors: "stakeholders.errors",
    success: saved("saved"),
    resetOnSuccess: true,
    idPrefix: `exchange-${stakeholderId}-`,
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="mt-3 space-y-3">
      <FormErrorSummary form={f} />
      <TextField form={f} name="occurredOn" type="date" label={t("occurredOn")} />
      <SelectField form={f} name="channel" label={t("channelField")} options={EXCHANGE_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
      <TextAreaField form={f} name="summary" label={t("summary")} rows={3} maxLength={2000} />
      <ChoiceFieldset id={f.idOf("shared")} legend={t("shared")} error={f.errorOf("shared")}>
        {SHARING_SCOPES.filter((s) => agreed.includes(s)).map((scope, i) => (
          <Choice key={scope} label={t(`scope.${scope}`)}>
            <input id={i === 0 ? f.idOf("shared") : undefined} type="checkbox" value={scope} {...f.register("shared")} />
          </Choice>
        ))}
        {agreed.length === 0 ? <p>{t("nothingShared")}</p> : null}
      </ChoiceFieldset>
      <SubmitRow form={f} label={t("logSubmit")} />
    </form>
  );
}
