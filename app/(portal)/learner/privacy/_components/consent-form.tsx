"use client";
import { useTranslations } from "next-intl";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/form-fields";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { giveConsentSchema } from "@/lib/schemas/special-category";
import { PARTNERS } from "@/lib/domain/consent";
import { giveConsentAction } from "../actions";

/** The learner's explicit consent: the purpose, the partner for sharing, the text, a box to tick. */
export function GiveConsentForm() {
  const t = useTranslations("specialCategory");
  const f = useActionForm({
    schema: giveConsentSchema,
    action: giveConsentAction,
    defaultValues: { purpose: "ACCOMMODATIONS", partner: "", agree: false },
    fields: { purpose: t("privacy.purpose"), partner: t("privacy.partner"), agree: t("privacy.agree") },
    errors: "specialCategory.errors",
    success: t("privacy.given"),
    resetOnSuccess: true,
    idPrefix: "consent-",
  });
  const purpose = f.form.watch("purpose");
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-4">
      <FormErrorSummary form={f} />
      <SelectField
        form={f}
        name="purpose"
        label={t("privacy.purpose")}
        options={[
          { value: "ACCOMMODATIONS", label: t("purposes.ACCOMMODATIONS") },
          { value: "PARTNER_SHARING", label: t("purposes.PARTNER_SHARING") },
        ]}
      />
      {purpose === "PARTNER_SHARING" ? (
        <SelectField
          form={f}
          name="partner"
          label={t("privacy.partner")}
          options={[{ value: "", label: t("privacy.noPartner") }, ...PARTNERS.map((p) => ({ value: p, label: t(`partners.${p}`) }))]}
        />
      ) : null}
      <blockquote className="max-w-prose border-l-4 border-slate-500 pl-3">
        {purpose === "PARTNER_SHARING" ? t("consentTexts.partnerSharingV1") : t("consentTexts.accommodationsV1")}
      </blockquote>
      <ChoiceFieldset id={f.idOf("agree")} legend={t("privacy.text")} error={f.errorOf("agree")}>
        <Choice label={t("privacy.agree")}>
          <input id={f.idOf("agree")} type="checkbox" className="h-5 w-5" {...f.register("agree")} />
        </Choice>
      </ChoiceFieldset>
      <SubmitRow form={f} label={t("privacy.give")} />
    </form>
  );
}
