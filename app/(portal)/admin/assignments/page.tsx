import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { listStaffOptions } from "@/lib/server/data/assignments";
import { getMessages } from "@/lib/i18n/server";
import { PageHeading } from "@/components/ui/page-heading";
import { BulkMoveForm } from "./bulk-move-form";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.admin.bulk.title };
}

export default async function AssignmentsPage() {
  const actor = await requireRole(["ADMIN"]);
  const [{ m }, staff] = await Promise.all([getMessages(), listStaffOptions(actor)]);
  return (
    <>
      <PageHeading title={m.admin.bulk.title} intro={m.admin.bulk.intro} />
      <BulkMoveForm m={{ admin: m.admin, forms: m.forms, common: m.common }} staff={staff} />
    </>
  );
}
