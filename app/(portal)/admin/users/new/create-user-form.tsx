"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createUserSchema } from "@/lib/schemas/admin";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-fields";
import type { Option, StaffPickers } from "../../_components/types";
import { createUserAction } from "../actions";

export function CreateUserForm({ roles, pickers }: { roles: Option[]; pickers: StaffPickers }) {
  const router = useRouter();
  const t = useTranslations("admin.form");
  const forms = useTranslations("forms");
  const f = useActionForm({
    schema: createUserSchema,
    action: createUserAction,
    defaultValues: {
      firstName: "",
      lastName: "",
      email: "",
      phone: "",
      role: "LEARNER",
      locale: "fr",
      trainingPathId: "",
      startDate: "",
      plannedEndDate: "",
      weeklyCommitment: "1",
      advisorId: "",
      mentorId: "",
    },
    fields: {
      firstName: t("firstName"),
      lastName: t("lastName"),
      email: t("email"),
      phone: forms("phone.label"),
      role: t("role"),
      locale: t("locale"),
      trainingPathId: t("trainingPath"),
      startDate: t("startDate"),
      plannedEndDate: t("plannedEndDate"),
      weeklyCommitment: t("weeklyCommitment"),
      advisorId: t("advisor"),
      mentorId: t("mentor"),
    },
    errors: "admin.errors",
    onSuccess: ({ id }) => router.push(`/admin/users/${id}?notice=created`),
  });
  const learner = f.form.watch("role") === "LEARNER";

  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-5">
      <FormErrorSummary form={f} />
      <TextField form={f} name="firstName" label={t("firstName")} autoComplete="off" maxLength={100} />
      <TextField form={f} name="lastName" label={t("lastName")} autoComplete="off" maxLength={100} />
      <TextField form={f} name="email" type="email" label={t("email")} autoComplete="off" maxLength={254} />
      <TextField form={f} name="phone" type="tel" label={forms("phone.label")} hint={forms("phone.hint")} autoComplete="off" maxLength={40} />
      <SelectField form={f} name="role" label={t("role")} options={roles} />
      <SelectField form={f} name="locale" label={t("locale")} options={[{ value: "fr", label: t("localeNames.fr") }, { value: "en", label: t("localeNames.en") }]} />
      {learner ? (
        <fieldset className="space-y-5 rounded border border-slate-300 p-4">
          <legend className="px-1 font-bold">{t("learnerSection")}</legend>
          <SelectField form={f} name="trainingPathId" label={t("trainingPath")} options={pickers.paths} placeholder={t("choose")} />
          <TextField form={f} name="startDate" type="date" label={t("startDate")} />
          <TextField form={f} name="plannedEndDate" type="date" label={t("plannedEndDate")} />
          <TextField form={f} name="weeklyCommitment" type="number" label={t("weeklyCommitment")} hint={t("weeklyCommitmentHint")} />
          <SelectField form={f} name="advisorId" label={t("advisor")} options={pickers.advisors} placeholder={t("noOne")} />
          <SelectField form={f} name="mentorId" label={t("mentor")} options={pickers.mentors} placeholder={t("noOne")} />
        </fieldset>
      ) : null}
      <SubmitRow form={f} label={t("create")} />
    </form>
  );
}
