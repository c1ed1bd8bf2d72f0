"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { z } from "zod";
import type { Role } from "@prisma/client";
import { PRIORITIES } from "@/lib/domain/inbox";
import { STATUSES } from "@/lib/schemas/triage";
import { BULK_OPERATIONS, saveViewFields } from "@/lib/schemas/team-tools";
import { bulkAction, deleteViewAction, saveViewAction } from "@/lib/server/actions/team-tools";
import type { BulkSummary } from "@/lib/server/data/request-tools";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";

// The inbox's team tools (support and the Mentorship Manager): a bulk action on the
// ticked rows, and saved views. The rows' checkboxes sit in the table and belong to
// the bulk form through their `form` attribute; each carries "id:version", so every
// row is changed under the version the page showed.

export const BULK_FORM_ID = "bulk-form";
const ERRORS = "teamTools.errors";
const bulkFields = z.object({
  operation: z.enum(BULK_OPERATIONS, "required"),
  value: z.string({ error: "required" }).min(1, "required"),
  reason: z.string({ error: "required" }).max(500, "tooLong"),
});

export function BulkForm({ assignees }: { assignees: { id: string; firstName: string; lastName: string; role: Role }[] }) {
  const t = useTranslations("teamTools.bulk");
  const statuses = useTranslations("requestStatus");
  const priorities = useTranslations("priority");
  const roles = useTranslations("roles");
  const triage = useTranslations("triage.thread");
  const form = useRef<HTMLFormElement>(null);
  const rows = () =>
    new FormData(form.current ?? undefined)
      .getAll("row")
      .map(String)
      .map((value) => {
        const [id, version] = value.split(":");
        return { id: id ?? "", version: Number(version) };
      });
  const describe = (s: BulkSummary) =>
    [
      t("changed", { count: s.changed.length, numbers: s.changed.join(", ") }),
      s.unchanged.length ? t("unchanged", { count: s.unchanged.length, numbers: s.unchanged.join(", ") }) : null,
      ...s.conflicts.map((c) =>
        t("conflict", { number: String(c.number), status: (STATUSES as readonly string[]).includes(c.status) ? statuses(c.status as (typeof STATUSES)[number]) : "—", assignee: c.assignee ?? t("nobody") }),
      ),
      ...s.refused.map((r) => t("refused", { number: String(r.number), reason: r.reason })),
    ]
      .filter(Boolean)
      .join(" ");
  const f = useActionForm({
    schema: bulkFields,
    action: (values) => bulkAction({ ...values, rows: rows() }),
    defaultValues: { operation: "assign", value: "", reason: "" },
    fields: { operation: t("operation"), value: t("value"), reason: t("reason") },
    errors: ERRORS,
    success: describe,
    idPrefix: "bulk-",
  });
  const operation = f.form.watch("operation");
  const { setValue } = f.form;
  // Another action offers other values: the one chosen for the last no longer applies.
  useEffect(() => setValue("value", ""), [operation, setValue]);
  const values =
    operation === "status"
      ? STATUSES.map((s) => ({ value: s, label: statuses(s) }))
      : operation === "priority"
        ? PRIORITIES.map((p) => ({ value: p, label: priorities(p) }))
        : [
            { value: "LEARNER_ADVISOR", label: triage("learnerAdvisor") },
            ...(["ADVISOR", "MENTORSHIP_MANAGER", "SUPPORT"] as const).map((role) => ({
              group: roles(role),
              options: assignees.filter((a) => a.role === role).map((a) => ({ value: a.id, label: `${a.firstName} ${a.lastName}` })),
            })),
          ];
  return (
    <form id={BULK_FORM_ID} ref={form} method="post" noValidate onSubmit={f.onSubmit} className="mb-6 rounded border border-slate-300 bg-white p-4">
      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("legend")}</legend>
        <FormErrorSummary form={f} />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField form={f} name="operation" label={t("operation")} options={BULK_OPERATIONS.map((o) => ({ value: o, label: t(`operations.${o}`) }))} />
          <SelectField form={f} name="value" label={t("value")} placeholder={t("choose")} options={values} />
        </div>
        <TextAreaField form={f} name="reason" label={t("reason")} rows={2} maxLength={500} />
        <SubmitRow form={f} label={t("submit")} variant="secondary" />
      </fieldset>
    </form>
  );
}

export function SaveViewForm({ query }: { query: string }) {
  const t = useTranslations("teamTools.views");
  const f = useActionForm({
    schema: saveViewFields,
    action: (values) => saveViewAction({ ...values, query }),
    defaultValues: { name: "" },
    fields: { name: t("name") },
    errors: ERRORS,
    success: t("saved"),
    resetOnSuccess: true,
    idPrefix: "view-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <TextField form={f} name="name" label={t("name")} maxLength={60} />
      <SubmitRow form={f} label={t("save")} variant="secondary" />
    </form>
  );
}

export function DeleteViewForm({ id, name }: { id: string; name: string }) {
  const t = useTranslations("teamTools.views");
  const f = useActionForm({ schema: z.object({}), action: () => deleteViewAction({ id }), defaultValues: {}, fields: {}, errors: ERRORS, idPrefix: `view-${id}-` });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="inline">
      <FormErrorSummary form={f} />
      <button type="submit" className="text-sm underline" disabled={f.pending}>
        {t("delete", { name })}
      </button>
    </form>
  );
}
