import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { PageHeading } from "@/components/ui/page-heading";
import { loadPickers } from "../../_components/pickers";
import { CreateUserForm } from "./create-user-form";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.admin.form.newTitle };
}

export default async function NewUserPage() {
  const actor = await requireRole(["ADMIN"]);
  const [{ m }, { paths, advisors, mentors }] = await Promise.all([getMessages(), loadPickers(actor)]);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/users">{m.admin.users.title}</Link>
      </p>
      <PageHeading title={m.admin.form.newTitle} intro={m.admin.form.newIntro} />
      <CreateUserForm m={{ admin: m.admin, forms: m.forms, roles: m.roles }} pickers={{ paths, advisors, mentors }} />
    </>
  );
}
