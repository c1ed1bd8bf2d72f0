"use client";
import { useTranslations } from "next-intl";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { adminExportSchema } from "@/lib/schemas/special-category";
import { exportLearnerAction } from "../actions";

type ExportFile = { filename: string; contentType: string; text?: string; base64?: string };

/** Saves the file the action returned, as a download. */
function save(file: ExportFile) {
  const bytes = file.base64 !== undefined ? Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)) : new TextEncoder().encode(file.text ?? "");
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The export for a written request (art. 15): the day it came, its reference, the format. */
export function AdminExportForm({ learnerId, today }: { learnerId: string; today: string }) {
  const t = useTranslations("specialCategory.admin");
  const f = useActionForm({
    schema: adminExportSchema,
    action: exportLearnerAction,
    defaultValues: { learnerId, receivedOn: today, reference: "", format: "json" },
    fields: { receivedOn: t("receivedOn"), reference: t("exportReason"), format: t("format") },
    errors: "specialCategory.errors",
    success: (file) => t("exported", { filename: file.filename }),
    onSuccess: (file) => save(file),
    idPrefix: "export-",
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="space-y-4" aria-labelledby="export-title">
      <FormErrorSummary form={f} />
      <input type="hidden" {...f.register("learnerId")} />
      <TextField form={f} name="receivedOn" type="date" label={t("receivedOn")} />
      <TextField form={f} name="reference" label={t("exportReason")} hint={t("exportReasonHint")} maxLength={200} />
      <SelectField
        form={f}
        name="format"
        label={t("format")}
        options={[
          { value: "json", label: t("formats.json") },
          { value: "pdf", label: t("formats.pdf") },
        ]}
      />
      <SubmitRow form={f} label={t("exportRun")} />
    </form>
  );
}
