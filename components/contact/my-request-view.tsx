import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { getMyRequest } from "@/lib/server/data/my-requests";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { Banner } from "@/components/ui/banner";
import { ClientMessages } from "@/components/intl/client-messages";
import { requesterReplyAction, requesterWithdrawAction } from "@/lib/server/actions/requester";
import { withdrawRefusal } from "@/lib/domain/request-withdrawal";
import { formatPhone } from "@/lib/domain/phone";
import { RequestDetails } from "./request-details";
import { PublicTimeline } from "./public-timeline";
import { RequesterReplyForm } from "./requester-reply-form";
import { WithdrawForm } from "./withdraw-form";
import { AttachmentList, type AttachmentItem } from "@/components/attachments/attachment-list";
import { LiveRefresh } from "@/components/live/live-refresh";

type Request = Awaited<ReturnType<typeof getMyRequest>>;

/** The requester's page for one request: what they sent, its status, and the public timeline. */
export async function MyRequestView({
  request,
  viewerId,
  listPath,
  sentMessage,
  attachments,
  maxMegabytes,
}: {
  request: Request;
  viewerId: string;
  listPath: string;
  sentMessage: string | null;
  attachments: AttachmentItem[];
  maxMegabytes: number;
}) {
  const [t, appLocale] = await Promise.all([getTranslations(), getLocale()]);
  const locale = appLocale as AppLocale;
  const d = dates(locale);
  return (
    <>
      <p className="mb-4">
        <Link href={listPath}>{t("contact.detail.back")}</Link>
      </p>
      {sentMessage ? <Banner tone="success">{sentMessage}</Banner> : null}
      <PageHeading title={request.subject} intro={t("contact.detail.title", { number: request.number })} />
      <section aria-labelledby="details-title" className="mb-8 rounded border border-slate-300 bg-white p-4">
        <h2 id="details-title" className="mb-2 text-lg font-semibold">
          {t("contact.detail.details")}
        </h2>
        <p className="mb-2">
          {t(`topics.${request.topic}`)} · {d.instant(request.createdAt)} · <span className="font-semibold">{t(`requestStatus.${request.status}`)}</span>
          {" · "}
          {request.assignee ? t("contact.list.handledBy", { role: t(`roles.${request.assignee.role}`) }) : t("contact.list.waitingAssignment")}
        </p>
        {request.loopClosedAt ? <p className="mb-2 font-semibold text-green-800">{t("contact.list.loopClosed", { date: d.instant(request.loopClosedAt) })}</p> : null}
        <RequestDetails details={request.details as Record<string, unknown>} />
        {request.callbackPhone ? <p className="mt-2">{t("callback.mine", { phone: formatPhone(request.callbackPhone) })}</p> : null}
        {request.sensitive ? (
          <div className="mt-3 border-l-4 border-amber-600 pl-3">
            <p className="font-semibold">{t("contact.detail.sensitive")}</p>
            <RequestDetails details={request.sensitive} />
          </div>
        ) : null}
        <p className="mt-3 whitespace-pre-wrap">{request.message}</p>
      </section>
      <AttachmentList items={attachments} />
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title" className="mb-2 text-lg font-semibold">
          {t("contact.detail.timeline")}
        </h2>
        <PublicTimeline events={request.events} viewerId={viewerId} />
        {/* A reply from the team appears without a reload (issue 15). */}
        <LiveRefresh requestId={request.id} />
      </section>
      {request.status !== "CLOSED" ? (
        <section aria-label={t("contact.reply.title")} className="mt-8">
          <ClientMessages namespaces={["contact", "attachments", "live"]}>
            <RequesterReplyForm
              id={request.id}
              action={requesterReplyAction}
              maxMegabytes={maxMegabytes}
              lastMessageId={request.events.filter((e) => e.type === "REPLY").at(-1)?.id ?? ""}
            />
          </ClientMessages>
        </section>
      ) : null}
      {withdrawRefusal(request) === null ? (
        <section aria-labelledby="withdraw-title" className="mt-8">
          <h2 id="withdraw-title" className="mb-2 text-lg font-semibold">
            {t("contact.withdraw.title")}
          </h2>
          <ClientMessages namespaces={["contact"]}>
            <WithdrawForm id={request.id} action={requesterWithdrawAction} />
          </ClientMessages>
        </section>
      ) : null}
    </>
  );
}
