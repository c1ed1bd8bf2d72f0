"use client";
import { useRouter } from "next/navigation";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/ui/error-summary";
import { buttonClass } from "@/components/ui/field";
import { ALL_ROLES, createUserSchema, type CreateUserInput } from "@/lib/schemas/admin";
import type { Messages } from "@/lib/i18n";
import { translator, useServerForm } from "../../_components/use-server-form";
import { SelectField, TextField } from "../../_components/fields";
import type { StaffPickers } from "../../_components/types";
import { createUserAction } from "../actions";

export function CreateUserForm({ m, pickers }: { m: Pick<Messages, "admin" | "forms" | "roles">; pickers: StaffPickers }) {
  const router = useRouter();
  const t = m.admin.form;
  const { form, pending, fieldError, summary, attempt, onSubmit } = useServerForm<CreateUserInput, { id: string }>({
    resolver: zodResolver(createUserSchema),
    defaultValues: {
      firstName: "",
      lastName: "",
      email: "",
      role: "LEARNER",
      locale: "fr",
      trainingPathId: "",
      startDate: "",
      plannedEndDate: "",
      weeklyCommitment: "1",
      advisorId: "",
      mentorId: "",
    },
    action: createUserAction,
    translate: translator(m.admin.errors, m.forms),
    onSuccess: (data) => data && router.push(`/admin/users/${data.id}?notice=created`),
  });
  const learner = form.watch("role") === "LEARNER";

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      <ErrorSummary title={t.errorSummary} errors={summary} attempt={attempt} />
      <TextField form={form} name="firstName" label={t.firstName} error={fieldError("firstName")} autoComplete="off" maxLength={100} />
      <TextField form={form} name="lastName" label={t.lastName} error={fieldError("lastName")} autoComplete="off" maxLength={100} />
      <TextField form={form} name="email" type="email" label={t.email} error={fieldError("email")} autoComplete="off" maxLength={254} />
      <SelectField form={form} name="role" label={t.role} error={fieldError("role")} options={ALL_ROLES.map((r) => ({ value: r, label: m.roles[r] }))} />
      <SelectField
        form={form}
        name="locale"
        label={t.locale}
        error={fieldError("locale")}
        options={(["fr", "en"] as const).map((l) => ({ value: l, label: t.localeNames[l] }))}
      />
      {learner ? (
        <fieldset className="space-y-5 rounded border border-slate-300 p-4">
          <legend className="px-1 font-bold">{t.learnerSection}</legend>
          <SelectField form={form} name="trainingPathId" label={t.trainingPath} error={fieldError("trainingPathId")} options={pickers.paths} placeholder={t.choose} />
          <TextField form={form} name="startDate" type="date" label={t.startDate} error={fieldError("startDate")} />
          <TextField form={form} name="plannedEndDate" type="date" label={t.plannedEndDate} error={fieldError("plannedEndDate")} />
          <TextField form={form} name="weeklyCommitment" type="number" label={t.weeklyCommitment} hint={t.weeklyCommitmentHint} error={fieldError("weeklyCommitment")} />
          <SelectField form={form} name="advisorId" label={t.advisor} error={fieldError("advisorId")} options={pickers.advisors} placeholder={t.noOne} />
          <SelectField form={form} name="mentorId" label={t.mentor} error={fieldError("mentorId")} options={pickers.mentors} placeholder={t.noOne} />
        </fieldset>
      ) : null}
      <button type="submit" disabled={pending} className={buttonClass}>
        {t.create}
      </button>
    </form>
  );
}
