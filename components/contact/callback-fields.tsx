"use client";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { CALLBACK_WHEN_MAX, REPLY_CHANNELS } from "@/lib/schemas/contact";
import type { ContactValues } from "./topic-fields";

/** "Call me back": a written reply or a phone call, then the number and when they are reachable. */
export function CallbackFields({ form }: { form: ActionForm<ContactValues> }) {
  const t = useTranslations("callback");
  const channel = useWatch({ control: form.form.control, name: "replyChannel" });
  return (
    <>
      <ChoiceFieldset id={form.idOf("replyChannel")} legend={t("legend")} error={form.errorOf("replyChannel")}>
        {REPLY_CHANNELS.map((code, index) => (
          <Choice key={code} label={t(code)}>
            <input {...form.register("replyChannel")} id={index === 0 ? form.idOf("replyChannel") : `replyChannel-${code}`} type="radio" value={code} className="h-5 w-5" />
          </Choice>
        ))}
      </ChoiceFieldset>
      {channel === "PHONE" ? (
        <>
          <TextField form={form} name="callbackPhone" label={t("phone")} hint={t("phoneHint")} type="tel" autoComplete="tel" maxLength={40} />
          <TextField form={form} name="callbackWhen" label={t("when")} hint={t("whenHint")} maxLength={CALLBACK_WHEN_MAX} />
        </>
      ) : null}
    </>
  );
}
