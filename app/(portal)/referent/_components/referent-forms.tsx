"use client";
import { useTranslations } from "next-intl";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { accommodationPlanSchema, confidentialProfileSchema, partnerExchangeSchema, referralSchema } from "@/lib/schemas/special-category";
import { PARTNERS } from "@/lib/domain/consent";
import { logPartnerExchangeAction, openReferralAction, saveAccommodationPlanAction, saveConfidentialProfileAction } from "../actions";

const ERRORS = "specialCategory.errors";

export function ConfidentialProfileForm({ learnerId, rqth, rqthDetails, healthNotes }: { learnerId: string; rqth: boolean; rqthDetails: string; healthNotes: string }) {
  const t = useTranslations("specialCategory.file");
  const f = useActionForm({
    schema: confidentialProfileSchema,
    action: saveConfidentialProfileAction,
    defaultValues: { learnerId, rqth: rqth ? "yes" : "no", rqthDetails, healthNotes },
    fields: { rqth: t("rqth"), rqthDetails: t("rqthDetails"), healthNotes: t("healthNotes") },
    errors: ERRORS,
    success: t("profileSaved"),
    idPrefix: "profile-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-4">
      <FormErrorSummary form={f} />
      <SelectField
        form={f}
        name="rqth"
        label={t("rqth")}
        options={[
          { value: "yes", label: t("rqthYes") },
          { value: "no", label: t("rqthNo") },
        ]}
      />
      <TextAreaField form={f} name="rqthDetails" label={t("rqthDetails")} maxLength={4000} rows={3} />
      <TextAreaField form={f} name="healthNotes" label={t("healthNotes")} maxLength={4000} rows={3} />
      <SubmitRow form={f} label={t("saveProfile")} />
    </form>
  );
}

export function AccommodationPlanForm(props: { learnerId: string; reviewDate: string; mentor: string; examiner: string; school: string }) {
  const t = useTranslations("specialCategory.file");
  const f = useActionForm({
    schema: accommodationPlanSchema,
    action: saveAccommodationPlanAction,
    defaultValues: props,
    fields: { reviewDate: t("reviewDate"), mentor: t("mentorLines"), examiner: t("examinerLines"), school: t("schoolLines") },
    errors: ERRORS,
    success: t("planSaved"),
    idPrefix: "plan-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-4">
      <FormErrorSummary form={f} />
      <TextField form={f} name="reviewDate" type="date" label={t("reviewDate")} hint={t("reviewHint")} />
      <TextAreaField form={f} name="mentor" label={t("mentorLines")} hint={t("linesHint")} maxLength={4000} rows={3} />
      <TextAreaField form={f} name="examiner" label={t("examinerLines")} hint={t("linesHint")} maxLength={4000} rows={3} />
      <TextAreaField form={f} name="school" label={t("schoolLines")} hint={t("linesHint")} maxLength={4000} rows={3} />
      <SubmitRow form={f} label={t("savePlan")} />
    </form>
  );
}

export function ReferralForm({ learnerId }: { learnerId: string }) {
  const t = useTranslations("specialCategory");
  const f = useActionForm({
    schema: referralSchema,
    action: openReferralAction,
    defaultValues: { learnerId, partner: "AGEFIPH", contactName: "" },
    fields: { partner: t("file.partner"), contactName: t("file.contactName") },
    errors: ERRORS,
    success: t("file.referralSaved"),
    idPrefix: "referral-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-4">
      <FormErrorSummary form={f} />
      <SelectField form={f} name="partner" label={t("file.partner")} options={PARTNERS.map((p) => ({ value: p, label: t(`partners.${p}`) }))} />
      <TextField form={f} name="contactName" label={t("file.contactName")} maxLength={200} />
      <SubmitRow form={f} label={t("file.openReferral")} variant="secondary" />
    </form>
  );
}

export function PartnerExchangeForm({ referralId, partnerName, today }: { referralId: string; partnerName: string; today: string }) {
  const t = useTranslations("specialCategory.file");
  const f = useActionForm({
    schema: partnerExchangeSchema,
    action: logPartnerExchangeAction,
    defaultValues: { referralId, occurredOn: today, summary: "" },
    fields: { occurredOn: `${t("occurredOn")} (${partnerName})`, summary: `${t("summary")} (${partnerName})` },
    errors: ERRORS,
    success: t("exchangeSaved"),
    resetOnSuccess: true,
    idPrefix: `exchange-${referralId}-`,
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <TextField form={f} name="occurredOn" type="date" label={`${t("occurredOn")} (${partnerName})`} />
      <TextField form={f} name="summary" label={`${t("summary")} (${partnerName})`} maxLength={1000} />
      <SubmitRow form={f} label={t("logExchange")} variant="secondary" />
    </form>
  );
}
