"use client";
import { useTranslations } from "next-intl";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "@/lib/schemas/notifications";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

/** "Marquer comme lue" for one notification (inside its list item, which says what it is). */
export function MarkReadForm({ id }: { id: string }) {
  const t = useTranslations("notifications");
  const f = useActionForm({ schema: markNotificationReadSchema, action: markNotificationReadAction, defaultValues: { id }, fields: {}, success: t("markedRead"), idPrefix: `n-${id}-` });
  return (
    <form noValidate onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      <SubmitRow form={f} label={t("markRead")} variant="secondary" />
    </form>
  );
}

/** "Tout marquer comme lu". */
export function MarkAllReadForm() {
  const t = useTranslations("notifications");
  const f = useActionForm({
    schema: markAllNotificationsReadSchema,
    action: markAllNotificationsReadAction,
    defaultValues: {},
    fields: {},
    success: (count: number) => t("markedAllRead", { count }),
  });
  return (
    <form noValidate onSubmit={f.onSubmit} className="mb-4">
      <FormErrorSummary form={f} />
      <SubmitRow form={f} label={t("markAllRead")} variant="secondary" />
    </form>
  );
}
