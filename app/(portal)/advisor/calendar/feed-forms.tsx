"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { feedSchema } from "@/lib/schemas/calendar-feed";
import { FormErrorSummary, SubmitRow, useActionForm } from "@/components/ui/action-form";
import { renewFeedAction, revokeFeedAction } from "./actions";

/** Creating (or replacing) and revoking the advisor's private calendar feed URL. */
export function FeedForms({ active }: { active: boolean }) {
  const t = useTranslations("calendar");
  const [url, setUrl] = useState<string | null>(null);
  const renew = useActionForm({
    schema: feedSchema,
    action: renewFeedAction,
    defaultValues: {},
    fields: {},
    success: t("feedCreated"),
    onSuccess: (data) => setUrl(data.url),
    idPrefix: "feed-renew-",
  });
  const revoke = useActionForm({
    schema: feedSchema,
    action: revokeFeedAction,
    defaultValues: {},
    fields: {},
    success: t("feedRevoked"),
    onSuccess: () => setUrl(null),
    idPrefix: "feed-revoke-",
  });
  return (
    <div className="space-y-4">
      <p>{active || url ? t("feedActive") : t("feedNone")}</p>
      {url ? (
        <div>
          <label htmlFor="feed-url" className="block font-semibold">
            {t("feedUrl")}
          </label>
          <input id="feed-url" readOnly value={url} className="mt-1 block w-full max-w-2xl rounded border-2 border-slate-700 px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}
      <form noValidate onSubmit={renew.onSubmit}>
        <FormErrorSummary form={renew} />
        <SubmitRow form={renew} label={active || url ? t("feedRenew") : t("feedCreate")} variant="secondary" />
      </form>
      {active || url ? (
        <form noValidate onSubmit={revoke.onSubmit}>
          <FormErrorSummary form={revoke} />
          <SubmitRow form={revoke} label={t("feedRevoke")} variant="danger" />
        </form>
      ) : null}
    </div>
  );
}
