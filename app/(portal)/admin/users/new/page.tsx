import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { ALL_ROLES } from "@/lib/schemas/admin";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { loadPickers } from "../../_components/pickers";
import { CreateUserForm } from "./create-user-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.form");
  return { title: t("newTitle") };
}

export default async function NewUserPage() {
  const actor = await requireRole(["ADMIN"]);
  const [t, roleName, { paths, advisors, mentors }] = await Promise.all([getTranslations("admin"), getTranslations("roles"), loadPickers(actor)]);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/users">{t("users.title")}</Link>
      </p>
      <PageHeading title={t("form.newTitle")} intro={t("form.newIntro")} />
      <ClientMessages namespaces={["admin"]}>
        <CreateUserForm roles={ALL_ROLES.map((r) => ({ value: r, label: roleName(r) }))} pickers={{ paths, advisors, mentors }} />
      </ClientMessages>
    </>
  );
}
