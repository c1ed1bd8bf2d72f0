import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { countAccounts } from "@/lib/server/data/users";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("title") };
}

export default async function AdminHome() {
  const actor = await requireRole(["ADMIN"]);
  const [t, counts] = await Promise.all([getTranslations("admin"), countAccounts(actor)]);
  const sections = [
    { href: "/admin/users", title: t("overview.users"), text: t("overview.usersText") },
    { href: "/admin/import", title: t("overview.import"), text: t("overview.importText") },
    { href: "/admin/assignments", title: t("overview.assignments"), text: t("overview.assignmentsText") },
    { href: "/admin/audit", title: t("overview.audit"), text: t("overview.auditText") },
  ];
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mb-6">{t("overview.counts", counts)}</p>
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
