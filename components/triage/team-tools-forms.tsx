"use client";
import { z } from "zod";
import { useTranslations } from "next-intl";
import type { Priority } from "@prisma/client";
import { PRIORITIES } from "@/lib/domain/inbox";
import { linkFields, mergeFields, priorityFields } from "@/lib/schemas/team-tools";
import { linkAction, mergeAction, priorityAction, runMacroAction, takeRequestAction, unlinkAction } from "@/lib/server/actions/team-tools";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { useDescribeConflict } from "./thread-forms";

// The request page's team tools: "Je la prends", the priority with its reason, macros,
// merge and link. Each form carries the request's id and version from the page.

type Ref = { id: string; version: number };
const ERRORS = "teamTools.errors";
const empty = z.object({});

export function TakeForm({ reference }: { reference: Ref }) {
  const t = useTranslations("teamTools.take");
  const f = useActionForm({
    schema: empty,
    action: () => takeRequestAction(reference),
    defaultValues: {},
    fields: {},
    errors: ERRORS,
    success: (outcome) => (outcome === "already" ? t("already") : t("taken")),
    describeConflict: useDescribeConflict(),
    idPrefix: "take-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      <SubmitRow form={f} label={t("submit")} variant="secondary" />
    </form>
  );
}

export function PriorityForm({ reference, current }: { reference: Ref; current: Priority }) {
  const t = useTranslations("teamTools.priority");
  const priorities = useTranslations("priority");
  const f = useActionForm({
    schema: priorityFields,
    action: (values) => priorityAction({ ...values, ...reference }),
    defaultValues: { priority: current, reason: "" },
    fields: { priority: t("label"), reason: t("reason") },
    errors: ERRORS,
    success: (outcome) => (outcome === "unchanged" ? t("unchanged") : t("saved")),
    resetOnSuccess: true,
    describeConflict: useDescribeConflict(),
    idPrefix: "priority-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <SelectField form={f} name="priority" label={t("label")} options={PRIORITIES.map((p) => ({ value: p, label: priorities(p) }))} />
      <TextAreaField form={f} name="reason" label={t("reason")} rows={2} maxLength={500} />
      <SubmitRow form={f} label={t("submit")} variant="secondary" />
    </form>
  );
}

const macroPick = z.object({ macroId: z.string({ error: "macro" }).min(1, "macro") });

export function MacroForm({ reference, macros }: { reference: Ref; macros: { id: string; title: string }[] }) {
  const t = useTranslations("teamTools.macros");
  const f = useActionForm({
    schema: macroPick,
    action: (values) => runMacroAction({ ...values, ...reference }),
    defaultValues: { macroId: "" },
    fields: { macroId: t("choose") },
    errors: ERRORS,
    success: t("ran"),
    resetOnSuccess: true,
    describeConflict: useDescribeConflict(),
    idPrefix: "macro-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <SelectField form={f} name="macroId" label={t("choose")} placeholder={t("placeholder")} options={macros.map((m) => ({ value: m.id, label: m.title }))} />
      <SubmitRow form={f} label={t("run")} variant="secondary" />
    </form>
  );
}

export function MergeForm({ reference }: { reference: Ref }) {
  const t = useTranslations("teamTools.merge");
  const f = useActionForm({
    schema: mergeFields,
    action: (values) => mergeAction({ ...values, ...reference }),
    defaultValues: { target: "" },
    fields: { target: t("target") },
    errors: ERRORS,
    success: t("merged"),
    describeConflict: useDescribeConflict(),
    idPrefix: "merge-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <TextField form={f} name="target" label={t("target")} hint={t("targetHint")} inputMode="numeric" maxLength={12} />
      <SubmitRow form={f} label={t("submit")} variant="secondary" />
    </form>
  );
}

export function LinkForm({ id }: { id: string }) {
  const t = useTranslations("teamTools.merge");
  const f = useActionForm({
    schema: linkFields,
    action: (values) => linkAction({ ...values, id }),
    defaultValues: { other: "" },
    fields: { other: t("other") },
    errors: ERRORS,
    success: t("linkedDone"),
    resetOnSuccess: true,
    idPrefix: "link-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <TextField form={f} name="other" label={t("other")} hint={t("otherHint")} inputMode="numeric" maxLength={12} />
      <SubmitRow form={f} label={t("linkSubmit")} variant="secondary" />
    </form>
  );
}

export function UnlinkForm({ id, otherId, number }: { id: string; otherId: string; number: number }) {
  const t = useTranslations("teamTools.merge");
  const f = useActionForm({
    schema: empty,
    action: () => unlinkAction({ id, otherId }),
    defaultValues: {},
    fields: {},
    errors: ERRORS,
    idPrefix: `unlink-${otherId}-`,
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="inline">
      <FormErrorSummary form={f} />
      <button type="submit" className="underline" disabled={f.pending}>
        {t("unlink", { number: String(number) })}
      </button>
    </form>
  );
}
