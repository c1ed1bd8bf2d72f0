import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { countAccounts } from "@/lib/server/data/users";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.admin.title };
}

export default async function AdminHome() {
  const actor = await requireRole(["ADMIN"]);
  const [{ m }, counts] = await Promise.all([getMessages(), countAccounts(actor)]);
  const t = m.admin.overview;
  const sections = [
    { href: "/admin/users", title: t.users, text: t.usersText },
    { href: "/admin/import", title: t.import, text: t.importText },
    { href: "/admin/assignments", title: t.assignments, text: t.assignmentsText },
    { href: "/admin/audit", title: t.audit, text: t.auditText },
  ];
  return (
    <>
      <PageHeading title={m.admin.title} intro={m.admin.intro} />
      <p className="mb-6">{format(t.counts, counts)}</p>
      <ul className="grid gap-4 sm:grid-cols-2">
        {sections.map((s) => (
          <li key={s.href} className="rounded border border-slate-300 bg-white p-4">
            <h2 className="text-lg font-bold">
              <Link href={s.href}>{s.title}</Link>
            </h2>
            <p className="mt-1 text-slate-700">{s.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
