"use client";
import { z } from "zod";
import { useTranslations } from "next-intl";
import { NOTIFICATION_EMAILS, emailPreferenceSchema, followerSchema } from "@/lib/schemas/followers";
import { addFollowerAction, emailPreferenceAction, followAction, removeFollowerAction, unfollowAction } from "@/lib/server/actions/followers";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/form-fields";
import { Choice, ChoiceFieldset } from "@/components/ui/choice-fieldset";

// Followers of a request (its page) and the notification email preference (/notifications).

const ERRORS = "followers.errors";
const empty = z.object({});

/** "Suivre" / "Ne plus suivre" for oneself. */
export function FollowToggle({ id, following }: { id: string; following: boolean }) {
  const t = useTranslations("followers");
  const f = useActionForm({
    schema: empty,
    action: () => (following ? unfollowAction({ id }) : followAction({ id })),
    defaultValues: {},
    fields: {},
    errors: ERRORS,
    success: following ? t("unfollowed") : t("followed"),
    idPrefix: "follow-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit}>
      <FormErrorSummary form={f} />
      <SubmitRow form={f} label={following ? t("unfollow") : t("follow")} variant="secondary" />
    </form>
  );
}

const addFields = followerSchema.pick({ userId: true });

/** Adds a colleague who can already see the request. */
export function AddFollowerForm({ id, candidates }: { id: string; candidates: { id: string; name: string; roleLabel: string }[] }) {
  const t = useTranslations("followers");
  const f = useActionForm({
    schema: addFields,
    action: (values) => addFollowerAction({ ...values, id }),
    defaultValues: { userId: "" },
    fields: { userId: t("add") },
    errors: ERRORS,
    success: t("added"),
    resetOnSuccess: true,
    idPrefix: "add-follower-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <SelectField form={f} name="userId" label={t("add")} hint={t("addHint")} placeholder={t("choose")} options={candidates.map((c) => ({ value: c.id, label: `${c.name} (${c.roleLabel})` }))} />
      <SubmitRow form={f} label={t("addSubmit")} variant="secondary" />
    </form>
  );
}

/** Removes one follower (they can be added again: nothing is lost). */
export function RemoveFollowerForm({ id, userId, name }: { id: string; userId: string; name: string }) {
  const t = useTranslations("followers");
  const f = useActionForm({
    schema: empty,
    action: () => removeFollowerAction({ id, userId }),
    defaultValues: {},
    fields: {},
    errors: ERRORS,
    success: t("removed"),
    idPrefix: `remove-follower-${userId}-`,
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="inline-block">
      <FormErrorSummary form={f} />
      <SubmitRow form={f} label={t("remove", { name })} variant="secondary" />
    </form>
  );
}

/** How notifications come by email: at once, a daily digest, or never. */
export function EmailPreferenceForm({ current }: { current: (typeof NOTIFICATION_EMAILS)[number] }) {
  const t = useTranslations("followers.email");
  const f = useActionForm({
    schema: emailPreferenceSchema,
    action: emailPreferenceAction,
    defaultValues: { notificationEmail: current },
    fields: { notificationEmail: t("legend") },
    success: t("saved"),
    idPrefix: "email-pref-",
  });
  return (
    <form method="post" noValidate onSubmit={f.onSubmit} className="space-y-3">
      <FormErrorSummary form={f} />
      <ChoiceFieldset id={f.idOf("notificationEmail")} legend={t("legend")} hint={t("hint")} error={f.errorOf("notificationEmail")}>
        {NOTIFICATION_EMAILS.map((value, index) => (
          <Choice key={value} label={t(value)}>
            <input {...f.register("notificationEmail")} id={index === 0 ? f.idOf("notificationEmail") : `email-pref-${value}`} type="radio" value={value} className="h-5 w-5" />
          </Choice>
        ))}
      </ChoiceFieldset>
      <SubmitRow form={f} label={t("submit")} variant="secondary" />
    </form>
  );
}
