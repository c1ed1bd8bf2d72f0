"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { z } from "zod";
import type { ActionResult } from "@/lib/schemas/action-result";
import { FormErrorSummary, useActionForm } from "@/components/ui/action-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** "Delete" behind a confirmation (a canned reply, a macro), then back to the list. */
export function DeleteRecordForm({
  formId,
  action,
  labels,
  listPath,
}: {
  formId: string;
  action: () => Promise<ActionResult<unknown>>;
  labels: { trigger: string; title: string; description: string };
  listPath: string;
}) {
  const t = useTranslations("teamTools");
  const router = useRouter();
  const f = useActionForm({ schema: z.object({}), action, defaultValues: {}, fields: {}, errors: "teamTools.errors", onSuccess: () => router.push(listPath), idPrefix: `${formId}-` });
  return (
    <form id={formId} method="post" noValidate onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      <ConfirmDialog form={formId} triggerLabel={labels.trigger} title={labels.title} description={labels.description} confirmLabel={labels.trigger} cancelLabel={t("cancel")} pending={f.pending} />
    </form>
  );
}
