import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getConfidentialRequest } from "@/lib/server/data/referent";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { FollowToggle } from "@/components/triage/follower-forms";
import { isFollowing } from "@/lib/server/data/followers";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("specialCategory.referent");
  return { title: t("title") };
}

const text = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : null);

/** An RQTH request with its confidential content: the referent's only (the read is audited). */
export default async function ReferentRequest({ params }: Props) {
  const actor = await requireRole(["DISABILITY_REFERENT"]);
  const { id } = await params;
  const [t, all, locale, request] = await Promise.all([
    getTranslations("specialCategory.referent"),
    getTranslations(),
    getLocale(),
    orNotFound(getConfidentialRequest(actor, id)),
  ]);
  // Following tells the referent of replies and status changes (the request is already theirs to read).
  const [following, follow] = await Promise.all([isFollowing(actor, request.id), getTranslations("followers")]);
  const d = dates(locale as AppLocale);
  const name = `${request.learner.user.firstName} ${request.learner.user.lastName}`;
  const rows: [string, string | null][] = [
    [t("subject"), text(request.details.subject)],
    [t("message"), text(request.details.message)],
    [t("accommodation"), text(request.details.accommodation)],
  ];
  // What the learner added later through the duplicate panel ("add to earlier"), oldest first.
  const additions = (Array.isArray(request.details.additions) ? request.details.additions : []).filter((a): a is Record<string, unknown> => typeof a === "object" && a !== null);
  return (
    <>
      <PageHeading title={t("requestTitle", { number: String(request.number) })} intro={t("requestIntro")} />
      <p className="mb-6 flex flex-wrap gap-6">
        <Link href="/referent">{t("back")}</Link>
        <Link href={`/referent/learners/${request.learnerId}`}>{t("toLearnerFile", { name })}</Link>
      </p>
      <dl className="mb-6 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("learner")}</dt>
        <dd>{name}</dd>
        <dt className="font-semibold">{t("filedOn")}</dt>
        <dd>{d.instant(request.createdAt)}</dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{all(`requestStatus.${request.status}`)}</dd>
      </dl>
      <section aria-labelledby="confidential-content" className="rounded border-2 border-slate-700 p-4">
        <h2 id="confidential-content" className="mb-2 text-lg font-semibold">
          {t("requestContent")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {rows
            .filter((row): row is [string, string] => row[1] !== null)
            .map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-semibold">{label}</dt>
                <dd className="whitespace-pre-wrap">{value}</dd>
              </div>
            ))}
        </dl>
        {additions.map((a, i) => (
          <div key={i} className="mt-4 border-t border-slate-300 pt-3">
            <h3 className="mb-1 font-semibold">{t("addition", { date: typeof a.addedAt === "string" ? d.instant(new Date(a.addedAt)) : "" })}</h3>
            <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
              {(
                [
                  [t("subject"), text(a.subject)],
                  [t("message"), text(a.message)],
                  [t("accommodation"), text(a.accommodation)],
                ] as [string, string | null][]
              )
                .filter((row): row is [string, string] => row[1] !== null)
                .map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt className="font-semibold">{label}</dt>
                    <dd className="whitespace-pre-wrap">{value}</dd>
                  </div>
                ))}
            </dl>
          </div>
        ))}
      </section>
      <section aria-labelledby="referent-follow-title" className="mt-6">
        <h2 id="referent-follow-title" className="mb-2 text-lg font-semibold">
          {follow("title")}
        </h2>
        <ClientMessages namespaces={["followers"]}>
          <FollowToggle id={request.id} following={following} />
        </ClientMessages>
      </section>
    </>
  );
}
