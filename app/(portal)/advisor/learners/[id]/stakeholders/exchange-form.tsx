"use client";
import type { SharingScope } from "@prisma/client";
import { exchangeSchema, type ExchangeInput } from "@/lib/schemas/stakeholders";
import { EXCHANGE_CHANNELS, SHARING_SCOPES } from "@/lib/domain/stakeholders";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field, buttonClass, inputClass } from "@/components/ui/field";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Messages } from "@/lib/i18n";
import { logExchangeAction } from "./actions";

/** Only what the learner agreed to can be ticked; the server refuses the rest anyway. */
export function ExchangeForm({ learnerId, stakeholderId, agreed, today, m }: { learnerId: string; stakeholderId: string; agreed: SharingScope[]; today: string; m: Messages }) {
  const t = m.stakeholders;
  const p = `exchange-${stakeholderId}-`;
  const f = useActionForm<ExchangeInput>({
    schema: exchangeSchema,
    action: (values) => logExchangeAction(learnerId, values),
    defaultValues: { stakeholderId, occurredOn: today, channel: "PHONE", summary: "", shared: [] },
    messages: t.errors,
    fields: ["occurredOn", "channel", "summary", "shared"],
    idPrefix: p,
    onSuccess: () => f.form.reset(),
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="mt-3 space-y-3">
      <ErrorSummary title={t.errorSummary} errors={f.summary} attempt={f.attempt} />
      <Field id={`${p}occurredOn`} label={t.occurredOn} error={f.errorOf("occurredOn")}>
        {(a11y) => <input {...a11y} type="date" {...f.register("occurredOn")} className={inputClass} />}
      </Field>
      <Field id={`${p}channel`} label={t.channelField} error={f.errorOf("channel")}>
        {(a11y) => (
          <select {...a11y} {...f.register("channel")} className={inputClass}>
            {EXCHANGE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t.channel[c]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${p}summary`} label={t.summary} error={f.errorOf("summary")}>
        {(a11y) => <textarea {...a11y} rows={3} maxLength={2000} {...f.register("summary")} className={inputClass} />}
      </Field>
      <ChoiceFieldset id={`${p}shared`} legend={t.shared} error={f.errorOf("shared")}>
        {SHARING_SCOPES.filter((s) => agreed.includes(s)).map((scope, i) => (
          <Choice key={scope} label={t.scope[scope]}>
            <input id={i === 0 ? `${p}shared` : undefined} type="checkbox" value={scope} {...f.register("shared")} />
          </Choice>
        ))}
        {agreed.length === 0 ? <p>{t.nothingShared}</p> : null}
      </ChoiceFieldset>
      <button type="submit" disabled={f.pending} className={buttonClass}>
        {t.logSubmit}
      </button>
      <p role="status">{f.saved ? m.cases.saved : ""}</p>
    </form>
  );
}
