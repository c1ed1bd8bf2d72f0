"use client";
import { useTranslations } from "next-intl";
import { archiveStakeholderSchema } from "@/lib/schemas/stakeholders";
import { FormErrorSummary, useActionForm } from "@/components/ui/action-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { archiveStakeholderAction } from "./actions";

/** Archiving asks first: an archived stakeholder takes no more exchanges. */
export function ArchiveButton({ stakeholderId, organisation }: { stakeholderId: string; organisation: string }) {
  const t = useTranslations("stakeholders");
  const f = useActionForm({
    schema: archiveStakeholderSchema,
    action: archiveStakeholderAction,
    defaultValues: { stakeholderId },
    fields: {},
    errors: "stakeholders.errors",
    idPrefix: `archive-${stakeholderId}-`,
  });
  return (
    <form noValidate onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      <ConfirmDialog
        triggerLabel={t("archiveLabel", { organisation })}
        title={t("archiveConfirm.title", { organisation })}
        description={t("archiveConfirm.description")}
        confirmLabel={t("archiveConfirm.confirm")}
        cancelLabel={t("archiveConfirm.cancel")}
        pending={f.pending}
        onConfirm={() => void f.onSubmit()}
      />
    </form>
  );
}
