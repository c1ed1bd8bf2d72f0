import type { Metadata } from "next";
import Link from "next/link";
import type { Role } from "@prisma/client";
import { requireRole } from "@/lib/server/auth/session";
import { listUsersWithAssignments, type UserFilters } from "@/lib/server/data/users";
import { getTranslations } from "next-intl/server";
import { ROLES } from "@/lib/domain/roles";
import { TableScroll } from "@/components/ui/table";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { afterParam } from "@/components/ui/search-params";
import { buttonClass, inputClass } from "@/components/ui/field";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.users");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { searchParams: Promise<SearchParams> };
type UserRow = Awaited<ReturnType<typeof listUsersWithAssignments>>["items"][number];

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

function filtersOf(params: SearchParams): Omit<UserFilters, "after"> {
  const q = one(params.q)?.trim().slice(0, 100) || undefined;
  const role = ROLES.find((r) => r === one(params.role));
  const status = one(params.status) === "active" || one(params.status) === "inactive" ? (one(params.status) as "active" | "inactive") : undefined;
  return { q, role: role as Role | undefined, status };
}

async function Assignments({ user }: { user: UserRow }) {
  const [t, common] = await Promise.all([getTranslations("admin.users"), getTranslations("common")]);
  const name = (p: { firstName: string; lastName: string } | null) => (p ? `${p.firstName} ${p.lastName}` : common("none"));
  if (user.learnerProfile) {
    return (
      <>
        {t("advisorOf", { name: name(user.learnerProfile.advisor) })}
        <br />
        {t("mentorOf", { name: name(user.learnerProfile.mentor) })}
      </>
    );
  }
  const followed = user._count.advisedLearners + user._count.mentoredLearners;
  return <>{followed > 0 ? t("learnersCount", { count: followed }) : common("none")}</>;
}

export default async function UsersPage({ searchParams }: Props) {
  const actor = await requireRole(["ADMIN"]);
  const params = await searchParams;
  const filters = filtersOf(params);
  const after = await afterParam(searchParams);
  const [t, common, roleName, page] = await Promise.all([
    getTranslations("admin.users"),
    getTranslations("common"),
    getTranslations("roles"),
    listUsersWithAssignments(actor, { ...filters, after }),
  ]);
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const selectClass = "block rounded border-2 border-slate-700 bg-white px-3 py-2";
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mb-4">
        <Link href="/admin/users/new" className={`${buttonClass} no-underline hover:text-white`}>
          {t("newUser")}
        </Link>
      </p>
      <form method="get" action="/admin/users" aria-label={t("filters")} className="mb-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
        <div>
          <label htmlFor="q" className="block font-semibold">{t("search")}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} className={`${inputClass} mt-1 w-64`} />
        </div>
        <div>
          <label htmlFor="role" className="block font-semibold">{t("role")}</label>
          <select id="role" name="role" defaultValue={filters.role ?? ""} className={`${selectClass} mt-1`}>
            <option value="">{t("allRoles")}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>{roleName(r)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block font-semibold">{t("status")}</label>
          <select id="status" name="status" defaultValue={filters.status ?? ""} className={`${selectClass} mt-1`}>
            <option value="">{t("allStatuses")}</option>
            <option value="active">{common("active")}</option>
            <option value="inactive">{common("inactive")}</option>
          </select>
        </div>
        <button type="submit" className={buttonClass}>{t("filter")}</button>
        {query ? <Link href="/admin/users">{t("reset")}</Link> : null}
      </form>
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <TableScroll labelledBy="users-caption">
          <table className={tableClass}>
            <caption id="users-caption" className="mb-2 text-left text-slate-700">{t("count", { count: page.total })}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{common("name")}</th>
                <th scope="col" className={thClass}>{common("email")}</th>
                <th scope="col" className={thClass}>{common("role")}</th>
                <th scope="col" className={thClass}>{common("status")}</th>
                <th scope="col" className={thClass}>{t("assignments")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((user) => (
                <tr key={user.id}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    <Link href={`/admin/users/${user.id}`}>
                      {user.lastName} {user.firstName}
                    </Link>
                  </th>
                  <td className={tdClass}>{user.email}</td>
                  <td className={tdClass}>{roleName(user.role)}</td>
                  <td className={tdClass}>{user.active ? common("active") : common("inactive")}</td>
                  <td className={tdClass}>
                    <Assignments user={user} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination basePath={query ? `/admin/users?${query}` : "/admin/users"} after={after} nextCursor={page.nextCursor} />
    </>
  );
}
