import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listStaffOptions } from "@/lib/server/data/assignments";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { BulkMoveForm } from "./bulk-move-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.bulk");
  return { title: t("title") };
}

export default async function AssignmentsPage() {
  const actor = await requireRole(["ADMIN"]);
  const [t, staff] = await Promise.all([getTranslations("admin.bulk"), listStaffOptions(actor)]);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <ClientMessages namespaces={["admin"]}>
        <BulkMoveForm staff={staff} />
      </ClientMessages>
    </>
  );
}
