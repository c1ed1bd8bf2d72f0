import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PhoneLink } from "@/components/ui/phone-link";
import { ClientMessages } from "@/components/intl/client-messages";
import { ProposeSlotsForm } from "./propose-slots-form";

type Thread = {
  id: string;
  status: string;
  callbackPhone: string | null;
  callbackWhen: string | null;
  events: { type: string; createdAt: Date }[];
};

/** "Call me back" on the staff request page: the number, when the learner is reachable, and "Proposer des créneaux". */
export async function CallbackPanel({ thread }: { thread: Thread }) {
  const [t, locale] = await Promise.all([getTranslations("callback"), getLocale()]);
  const last = thread.events.filter((e) => e.type === "SLOTS_PROPOSED").at(-1);
  return (
    <section aria-labelledby="callback-title" className="rounded border-l-4 border-sky-700 bg-white p-4">
      <h3 id="callback-title" className="mb-2 font-semibold">
        {t("panelTitle")}
      </h3>
      <dl className="mb-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("panelPhone")}</dt>
        <dd>{thread.callbackPhone ? <PhoneLink phone={thread.callbackPhone} /> : "—"}</dd>
        <dt className="font-semibold">{t("panelWhen")}</dt>
        <dd className="whitespace-pre-line">{thread.callbackWhen ?? t("panelWhenNone")}</dd>
      </dl>
      {last ? <p className="mb-2 text-sm">{t("lastProposed", { when: dates(locale as AppLocale).instant(last.createdAt, "dateTime") })}</p> : null}
      {thread.status !== "RESOLVED" && thread.status !== "CLOSED" ? (
        <ClientMessages namespaces={["callback", "booking", "forms"]}>
          <ProposeSlotsForm requestId={thread.id} />
        </ClientMessages>
      ) : null}
    </section>
  );
}
