import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { ClientMessages } from "@/components/intl/client-messages";
import { RequalifyForm } from "./complaint-forms";

/** On a staff request page: the request's complaint, or the form that makes it one. */
export async function ComplaintPanel({ requestId, complaint, registerLink }: { requestId: string; complaint: { id: string; number: number; dueAt: Date } | null; registerLink: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("complaints.requalify"), getLocale()]);
  return (
    <section aria-labelledby="complaint-title" className="space-y-3">
      <h3 id="complaint-title" className="font-semibold">
        {t("title")}
      </h3>
      {complaint ? (
        <p>
          {t("already", { number: String(complaint.number), due: dates(locale as AppLocale).instant(complaint.dueAt) })}{" "}
          {registerLink ? <Link href={`/reports/complaints/${complaint.id}`}>{t("open")}</Link> : null}
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t("intro")}</p>
          <ClientMessages namespaces={["complaints"]}>
            <RequalifyForm requestId={requestId} />
          </ClientMessages>
        </>
      )}
    </section>
  );
}
