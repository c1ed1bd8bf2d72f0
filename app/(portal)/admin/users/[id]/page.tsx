import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getUserForAdmin } from "@/lib/server/data/users";
import { listAssignmentHistory } from "@/lib/server/data/assignments";
import { dates } from "@/lib/i18n/dates";
import { idSchema } from "@/lib/schemas/fields";
import { formatPhone } from "@/lib/domain/phone";
import { STAFF_ROLES } from "@/lib/schemas/admin";
import { PageHeading } from "@/components/ui/page-heading";
import { Button } from "@/components/ui/button";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ClientMessages } from "@/components/intl/client-messages";
import { loadPickers } from "../../_components/pickers";
import { resendInvitationAction, setUserActiveAction } from "../actions";
import { EditUserForm } from "./edit-user-form";
import { AssignmentForm } from "./assignment-form";
import { SettingsForm } from "./settings-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

const NOTICES = ["created", "saved", "unchanged", "resent", "self", "inactive"] as const;
/** The value of an `<input type="date">` (never shown as text). */
const inputDay = (d: Date) => d.toISOString().slice(0, 10);

export default async function UserPage({ params, searchParams }: Props) {
  const actor = await requireRole(["ADMIN"]);
  const parsedId = idSchema().safeParse((await params).id);
  if (!parsedId.success) notFound();
  const id = parsedId.data;
  const user = await orNotFound(getUserForAdmin(actor, id));
  const [t, common, roleName, locale, pickers, history] = await Promise.all([
    getTranslations("admin"),
    getTranslations("common"),
    getTranslations("roles"),
    getLocale(),
    user.learnerProfile ? loadPickers(actor) : null,
    user.learnerProfile ? listAssignmentHistory(actor, id) : [],
  ]);
  const when = dates(locale);
  const noticeParam = (await searchParams).notice;
  const notice = NOTICES.find((n) => n === noticeParam);
  const noticeText =
    notice === "created" ? t("detail.created", { email: user.email })
    : notice === "resent" ? t("detail.resent")
    : notice === "saved" || notice === "unchanged" ? t(`form.${notice}`)
    : notice === "self" || notice === "inactive" ? t(`errors.${notice}`)
    : null;
  const name = `${user.firstName} ${user.lastName}`;
  const person = (p: { firstName: string; lastName: string } | null) => (p ? `${p.firstName} ${p.lastName}` : common("none"));
  // A learner stays a learner: only staff roles are offered to staff.
  const roles = (user.role === "LEARNER" ? (["LEARNER"] as const) : STAFF_ROLES).map((r) => ({ value: r, label: roleName(r) }));

  return (
    <>
      <p className="mb-4">
        <Link href="/admin/users">{t("users.title")}</Link>
      </p>
      <PageHeading title={name} intro={`${roleName(user.role)} · ${user.email}`} />
      {noticeText ? (
        <div role="status" className="mb-6 rounded border-l-4 border-slate-700 bg-white p-3 font-semibold">
          {noticeText}
        </div>
      ) : null}

      <section aria-labelledby="status-heading" className="mb-8 rounded border border-slate-300 bg-white p-4">
        <h2 id="status-heading" className="text-lg font-bold">{t("detail.status")}</h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t("detail.status")}</dt>
          <dd>
            {user.active ? common("active") : common("inactive")}
            {user.deactivatedAt ? ` — ${t("detail.deactivatedAt", { date: when.instant(user.deactivatedAt) })}` : ""}
          </dd>
          <dt className="font-semibold">{t("detail.createdAt")}</dt>
          <dd>{when.instant(user.createdAt)}</dd>
          <dt className="font-semibold">{t("detail.password")}</dt>
          <dd>{user.hasPassword ? t("detail.passwordSet") : t("detail.passwordPending")}</dd>
        </dl>
        <div className="mt-4 flex flex-wrap items-start gap-4">
          {user.id !== actor.id ? (
            <form id="set-active-form" action={setUserActiveAction}>
              <input type="hidden" name="id" value={user.id} />
              <input type="hidden" name="active" value={String(!user.active)} />
              {user.active ? (
                <>
                  <ConfirmDialog
                    form="set-active-form"
                    triggerLabel={t("detail.deactivate")}
                    title={t("detail.deactivateTitle")}
                    description={t("detail.deactivateBody", { name })}
                    confirmLabel={t("detail.deactivateConfirm")}
                    cancelLabel={t("detail.cancel")}
                  />
                  <p className="mt-1 text-sm text-slate-700">{t("detail.deactivateHint")}</p>
                </>
              ) : (
                <Button type="submit">{t("detail.reactivate")}</Button>
              )}
            </form>
          ) : null}
          {user.active && !user.hasPassword ? (
            <form action={resendInvitationAction}>
              <input type="hidden" name="id" value={user.id} />
              <Button type="submit" variant="secondary">
                {t("detail.resend")}
              </Button>
            </form>
          ) : null}
        </div>
        <p className="mt-4">
          <Link href={`/admin/audit?user=${encodeURIComponent(user.email)}`}>{t("detail.auditLink")}</Link>
        </p>
      </section>

      <ClientMessages namespaces={["admin"]}>
        <section className="mb-8">
          <h2 id="account-heading" className="mb-4 text-lg font-bold">{t("detail.account")}</h2>
          <EditUserForm
            values={{ id: user.id, firstName: user.firstName, lastName: user.lastName, email: user.email, phone: user.phone ? formatPhone(user.phone) : "", role: user.role, locale: user.locale }}
            roles={roles}
          />
        </section>

        {user.learnerProfile && pickers ? (
          <>
            <section className="mb-8">
              <h2 id="assignment-heading" className="mb-4 text-lg font-bold">{t("detail.assignment")}</h2>
              <AssignmentForm
                values={{ id: user.id, advisorId: user.learnerProfile.advisorId ?? "", mentorId: user.learnerProfile.mentorId ?? "", reason: "" }}
                advisors={pickers.advisors}
                mentors={pickers.mentors}
              />
            </section>
            <section className="mb-8">
              <h2 id="settings-heading" className="mb-4 text-lg font-bold">{t("detail.settings")}</h2>
              <SettingsForm
                values={{
                  id: user.id,
                  trainingPathId: user.learnerProfile.trainingPathId,
                  startDate: inputDay(user.learnerProfile.startDate),
                  plannedEndDate: inputDay(user.learnerProfile.plannedEndDate),
                  weeklyCommitment: String(user.learnerProfile.weeklyCommitment),
                }}
                paths={pickers.paths}
              />
            </section>
          </>
        ) : null}
      </ClientMessages>

      {user.learnerProfile ? (
        <section aria-labelledby="history-heading" className="mb-8">
          <h2 id="history-heading" className="mb-4 text-lg font-bold">{t("detail.history")}</h2>
          {history.length === 0 ? (
            <p>{t("detail.historyNone")}</p>
          ) : (
            <Table caption={t("detail.historyCaption", { name, count: history.length })} captionHidden>
              <Thead>
                <Tr>
                  <Th>{t("detail.kind")}</Th>
                  <Th>{t("detail.person")}</Th>
                  <Th>{t("detail.from")}</Th>
                  <Th>{t("detail.to")}</Th>
                  <Th>{t("detail.by")}</Th>
                  <Th>{t("detail.reason")}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {history.map((h) => (
                  <Tr key={h.id}>
                    <Td>{t(`bulk.kinds.${h.kind}`)}</Td>
                    <Td>{person(h.staff)}</Td>
                    <Td>{when.instant(h.startedAt)}</Td>
                    <Td>{h.endedAt ? when.instant(h.endedAt) : t("detail.current")}</Td>
                    <Td>{person(h.changedBy)}</Td>
                    <Td>{h.reason ?? common("none")}</Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </section>
      ) : null}
    </>
  );
}
