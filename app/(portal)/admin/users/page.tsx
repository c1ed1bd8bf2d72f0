import type { Metadata } from "next";
import Link from "next/link";
import type { Role } from "@prisma/client";
import { requireRole } from "@/lib/server/auth/session";
import { listUsersWithAssignments, type UserFilters } from "@/lib/server/data/users";
import { getTranslations } from "next-intl/server";
import { ROLES } from "@/lib/domain/roles";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { afterParam } from "@/components/ui/search-params";
import { Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";

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
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mb-4">
        <ButtonLink href="/admin/users/new">{t("newUser")}</ButtonLink>
      </p>
      <form key={query} method="get" action="/admin/users" aria-label={t("filters")} className="mb-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
        <Input id="q" name="q" type="search" label={t("search")} defaultValue={filters.q ?? ""} maxLength={100} className="w-64" />
        <Select
          id="role"
          name="role"
          label={t("role")}
          defaultValue={filters.role ?? ""}
          placeholder={t("allRoles")}
          options={ROLES.map((r) => ({ value: r, label: roleName(r) }))}
        />
        <Select
          id="status"
          name="status"
          label={t("status")}
          defaultValue={filters.status ?? ""}
          placeholder={t("allStatuses")}
          options={[
            { value: "active", label: common("active") },
            { value: "inactive", label: common("inactive") },
          ]}
        />
        <Button type="submit">{t("filter")}</Button>
        {query ? <Link href="/admin/users">{t("reset")}</Link> : null}
      </form>
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Table caption={t("count", { count: page.total })}>
          <Thead>
            <Tr>
              <Th>{common("name")}</Th>
              <Th>{common("email")}</Th>
              <Th>{common("role")}</Th>
              <Th>{common("status")}</Th>
              <Th>{t("assignments")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {page.items.map((user) => (
              <Tr key={user.id}>
                <Th scope="row">
                  <Link href={`/admin/users/${user.id}`}>
                    {user.lastName} {user.firstName}
                  </Link>
                </Th>
                <Td>{user.email}</Td>
                <Td>{roleName(user.role)}</Td>
                <Td>{user.active ? common("active") : common("inactive")}</Td>
                <Td>
                  <Assignments user={user} />
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      <Pagination basePath={query ? `/admin/users?${query}` : "/admin/users"} after={after} nextCursor={page.nextCursor} />
    </>
  );
}
