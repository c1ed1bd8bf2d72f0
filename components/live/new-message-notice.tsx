"use client";
import { useLocale, useTranslations } from "next-intl";
import { dates } from "@/lib/i18n/dates";
import type { ActionFailure } from "@/lib/schemas/action-result";
import type { AppLocale } from "@/lib/i18n";

/**
 * The message that arrived while a reply was being typed (issue 15), as the server's
 * refusal carries it (lib/server/data/live.ts newerMessageSince): shown above the reply box,
 * whose draft is kept; sending again confirms.
 */
export function NewMessageNotice({ failure }: { failure: ActionFailure | null }) {
  const t = useTranslations("live.newMessage");
  const locale = useLocale();
  const m = failure?.formError === "newMessage" ? failure.conflict : undefined;
  if (!m || typeof m.id !== "string") return null;
  const at = typeof m.at === "string" ? dates(locale as AppLocale).instant(new Date(m.at)) : "";
  return (
    <section aria-labelledby="new-message-title" className="rounded border-l-4 border-amber-600 bg-white p-3" data-new-message="">
      <h3 id="new-message-title" className="font-semibold">
        {t("title", { count: Number(m.count ?? 1) })}
      </h3>
      <p className="text-sm text-slate-700">
        {t("from", { author: m.author ? String(m.author) : t("unknownAuthor"), at })}
        {m.internal ? <strong className="ml-2">[{t("internal")}]</strong> : null}
      </p>
      <p className="mt-1 whitespace-pre-wrap">{String(m.body ?? "")}</p>
    </section>
  );
}
