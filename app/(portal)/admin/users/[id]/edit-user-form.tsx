"use client";
import { useTranslations } from "next-intl";
import { editUserSchema, type EditUserInput } from "@/lib/schemas/admin";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-fields";
import type { Option } from "../../_components/types";
import { updateUserAction } from "../actions";

/** Names, email, role and language of an account; `roles` are the roles it may take. */
export function EditUserForm({ values, roles }: { values: EditUserInput; roles: Option[] }) {
  const t = useTranslations("admin.form");
  const forms = useTranslations("forms");
  const f = useActionForm({
    schema: editUserSchema,
    action: updateUserAction,
    defaultValues: values,
    fields: { firstName: t("firstName"), lastName: t("lastName"), email: t("email"), phone: forms("phone.label"), role: t("role"), locale: t("locale") },
    errors: "admin.errors",
    success: ({ changed }) => (changed ? t("saved") : t("unchanged")),
    idPrefix: "account-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-5" aria-labelledby="account-heading">
      <FormErrorSummary form={f} />
      <input type="hidden" {...f.register("id")} />
      <TextField form={f} name="firstName" label={t("firstName")} autoComplete="off" maxLength={100} />
      <TextField form={f} name="lastName" label={t("lastName")} autoComplete="off" maxLength={100} />
      <TextField form={f} name="email" type="email" label={t("email")} autoComplete="off" maxLength={254} />
      <TextField form={f} name="phone" type="tel" label={forms("phone.label")} hint={forms("phone.hint")} autoComplete="off" maxLength={40} />
      <SelectField form={f} name="role" label={t("role")} options={roles} />
      <SelectField form={f} name="locale" label={t("locale")} options={[{ value: "fr", label: t("localeNames.fr") }, { value: "en", label: t("localeNames.en") }]} />
      <SubmitRow form={f} label={t("save")} />
    </form>
  );
}
