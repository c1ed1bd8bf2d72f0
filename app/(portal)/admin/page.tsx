import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { listUsersWithAssignments } from "@/lib/server/data/users";
import { getMessages } from "@/lib/i18n/server";
import { format, type Messages } from "@/lib/i18n";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { afterParam } from "@/components/ui/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.admin.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type UserRow = Awaited<ReturnType<typeof listUsersWithAssignments>>["items"][number];

function Assignments({ user, m }: { user: UserRow; m: Messages }) {
  const name = (p: { firstName: string; lastName: string } | null) => (p ? `${p.firstName} ${p.lastName}` : m.common.none);
  if (user.learnerProfile) {
    return (
      <>
        {format(m.admin.advisorOf, { name: name(user.learnerProfile.advisor) })}
        <br />
        {format(m.admin.mentorOf, { name: name(user.learnerProfile.mentor) })}
      </>
    );
  }
  const followed = user._count.advisedLearners + user._count.mentoredLearners;
  return <>{followed > 0 ? format(m.admin.learnersCount, { count: followed }) : m.common.none}</>;
}

export default async function AdminHome({ searchParams }: Props) {
  const actor = await requireRole(["ADMIN"]);
  const after = await afterParam(searchParams);
  const [{ m }, page] = await Promise.all([getMessages(), listUsersWithAssignments(actor, after)]);
  const t = m.admin;
  return (
    <>
      <PageHeading title={t.title} intro={t.intro} />
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="mb-2 text-left text-slate-700">{format(t.count, { count: page.total })}</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>{m.common.name}</th>
              <th scope="col" className={thClass}>{m.common.email}</th>
              <th scope="col" className={thClass}>{m.common.role}</th>
              <th scope="col" className={thClass}>{m.common.status}</th>
              <th scope="col" className={thClass}>{t.assignments}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((user) => (
              <tr key={user.id}>
                <th scope="row" className={`${tdClass} font-medium`}>
                  {user.lastName} {user.firstName}
                </th>
                <td className={tdClass}>{user.email}</td>
                <td className={tdClass}>{m.roles[user.role]}</td>
                <td className={tdClass}>{user.active ? m.common.active : m.common.inactive}</td>
                <td className={tdClass}>
                  <Assignments user={user} m={m} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination basePath="/admin" after={after} nextCursor={page.nextCursor} m={m} />
    </>
  );
}
