"use client";
import { useTranslations } from "next-intl";
import { ownPhoneSchema, type OwnPhoneInput } from "@/lib/schemas/phone";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/form-fields";
import { updateOwnPhoneAction } from "@/lib/server/actions/profile";

/** The learner's or mentor's own phone number: the number their advisor calls. */
export function PhoneForm({ values }: { values: OwnPhoneInput }) {
  const t = useTranslations("profile");
  const forms = useTranslations("forms");
  const f = useActionForm({
    schema: ownPhoneSchema,
    action: updateOwnPhoneAction,
    defaultValues: values,
    fields: { phone: forms("phone.label") },
    success: ({ changed }) => (changed ? t("saved") : t("unchanged")),
    idPrefix: "profile-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-5" aria-labelledby="phone-heading">
      <FormErrorSummary form={f} />
      <TextField form={f} name="phone" type="tel" label={forms("phone.label")} hint={forms("phone.hint")} autoComplete="tel" maxLength={40} />
      <SubmitRow form={f} label={t("save")} />
    </form>
  );
}
