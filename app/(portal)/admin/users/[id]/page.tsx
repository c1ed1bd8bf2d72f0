import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getUserForAdmin } from "@/lib/server/data/users";
import { listAssignmentHistory } from "@/lib/server/data/assignments";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { idSchema } from "@/lib/schemas/fields";
import { notFound } from "next/navigation";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { buttonClass } from "@/components/ui/field";
import { loadPickers } from "../../_components/pickers";
import { assignLearnerAction, resendInvitationAction, setUserActiveAction, updateSettingsAction, updateUserAction } from "../actions";
import { EditUserForm } from "./edit-user-form";
import { AssignmentForm } from "./assignment-form";
import { SettingsForm } from "./settings-form";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.admin.users.title };
}

const NOTICES = ["created", "saved", "unchanged", "resent", "self", "inactive"] as const;
const day = (d: Date) => d.toISOString().slice(0, 10);

export default async function UserPage({ params, searchParams }: Props) {
  const actor = await requireRole(["ADMIN"]);
  const parsedId = idSchema().safeParse((await params).id);
  if (!parsedId.success) notFound();
  const id = parsedId.data;
  const user = await orNotFound(getUserForAdmin(actor, id));
  const [{ locale, m }, pickers, history] = await Promise.all([
    getMessages(),
    user.learnerProfile ? loadPickers(actor) : null,
    user.learnerProfile ? listAssignmentHistory(actor, id) : [],
  ]);
  const t = m.admin.detail;
  const noticeParam = (await searchParams).notice;
  const notice = NOTICES.find((n) => n === noticeParam);
  const noticeText =
    notice === "created" ? format(t.created, { email: user.email })
    : notice === "resent" ? t.resent
    : notice === "saved" || notice === "unchanged" ? m.admin.form[notice]
    : notice === "self" ? m.admin.errors.self
    : notice === "inactive" ? m.admin.errors.inactive
    : null;
  const name = `${user.firstName} ${user.lastName}`;
  const formMessages = { admin: m.admin, forms: m.forms, roles: m.roles };
  const person = (p: { firstName: string; lastName: string } | null) => (p ? `${p.firstName} ${p.lastName}` : m.common.none);

  return (
    <>
      <p className="mb-4">
        <Link href="/admin/users">{m.admin.users.title}</Link>
      </p>
      <PageHeading title={name} intro={`${m.roles[user.role]} · ${user.email}`} />
      {noticeText ? (
        <div role="status" className="mb-6 rounded border-l-4 border-slate-700 bg-white p-3 font-semibold">
          {noticeText}
        </div>
      ) : null}

      <section aria-labelledby="status-heading" className="mb-8 rounded border border-slate-300 bg-white p-4">
        <h2 id="status-heading" className="text-lg font-bold">{t.status}</h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">{t.status}</dt>
          <dd>
            {user.active ? m.common.active : m.common.inactive}
            {user.deactivatedAt ? ` — ${format(t.deactivatedAt, { date: formatDateTime(user.deactivatedAt, locale) })}` : ""}
          </dd>
          <dt className="font-semibold">{t.createdAt}</dt>
          <dd>{formatDateTime(user.createdAt, locale)}</dd>
          <dt className="font-semibold">{t.password}</dt>
          <dd>{user.hasPassword ? t.passwordSet : t.passwordPending}</dd>
        </dl>
        <div className="mt-4 flex flex-wrap items-start gap-4">
          {user.id !== actor.id ? (
            <form action={setUserActiveAction.bind(null, user.id, !user.active)}>
              <button type="submit" className={buttonClass}>
                {user.active ? t.deactivate : t.reactivate}
              </button>
              {user.active ? <p className="mt-1 text-sm text-slate-700">{t.deactivateHint}</p> : null}
            </form>
          ) : null}
          {user.active && !user.hasPassword ? (
            <form action={resendInvitationAction.bind(null, user.id)}>
              <button type="submit" className="rounded border-2 border-slate-700 bg-white px-4 py-2 font-semibold hover:bg-slate-100">
                {t.resend}
              </button>
            </form>
          ) : null}
        </div>
        <p className="mt-4">
          <Link href={`/admin/audit?user=${encodeURIComponent(user.email)}`}>{t.auditLink}</Link>
        </p>
      </section>

      <section className="mb-8">
        <h2 id="account-heading" className="mb-4 text-lg font-bold">{t.account}</h2>
        <EditUserForm
          m={formMessages}
          values={{ firstName: user.firstName, lastName: user.lastName, email: user.email, role: user.role, locale: user.locale }}
          action={updateUserAction.bind(null, user.id)}
        />
      </section>

      {user.learnerProfile && pickers ? (
        <>
          <section className="mb-8">
            <h2 id="assignment-heading" className="mb-4 text-lg font-bold">{t.assignment}</h2>
            <AssignmentForm
              m={formMessages}
              values={{ advisorId: user.learnerProfile.advisorId ?? "", mentorId: user.learnerProfile.mentorId ?? "", reason: "" }}
              advisors={pickers.advisors}
              mentors={pickers.mentors}
              action={assignLearnerAction.bind(null, user.id)}
            />
          </section>
          <section className="mb-8">
            <h2 id="settings-heading" className="mb-4 text-lg font-bold">{t.settings}</h2>
            <SettingsForm
              m={formMessages}
              values={{
                trainingPathId: user.learnerProfile.trainingPathId,
                startDate: day(user.learnerProfile.startDate),
                plannedEndDate: day(user.learnerProfile.plannedEndDate),
                weeklyCommitment: String(user.learnerProfile.weeklyCommitment),
              }}
              paths={pickers.paths}
              action={updateSettingsAction.bind(null, user.id)}
            />
          </section>
          <section aria-labelledby="history-heading" className="mb-8">
            <h2 id="history-heading" className="mb-4 text-lg font-bold">{t.history}</h2>
            {history.length === 0 ? (
              <p>{t.historyNone}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className={tableClass}>
                  <thead>
                    <tr>
                      <th scope="col" className={thClass}>{t.kind}</th>
                      <th scope="col" className={thClass}>{t.person}</th>
                      <th scope="col" className={thClass}>{t.from}</th>
                      <th scope="col" className={thClass}>{t.to}</th>
                      <th scope="col" className={thClass}>{t.by}</th>
                      <th scope="col" className={thClass}>{t.reason}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {history.map((h) => (
                      <tr key={h.id}>
                        <td className={tdClass}>{m.admin.bulk.kinds[h.kind]}</td>
                        <td className={tdClass}>{person(h.staff)}</td>
                        <td className={tdClass}>{formatDateTime(h.startedAt, locale)}</td>
                        <td className={tdClass}>{h.endedAt ? formatDateTime(h.endedAt, locale) : t.current}</td>
                        <td className={tdClass}>{person(h.changedBy)}</td>
                        <td className={tdClass}>{h.reason ?? m.common.none}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
