import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { getMyAvailability } from "@/lib/server/data/availability";
import { PageHeading } from "@/components/ui/page-heading";
import { Banner } from "@/components/ui/banner";
import { ClientMessages } from "@/components/intl/client-messages";
import { AvailabilityForm } from "./availability-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("availability");
  return { title: t("title") };
}

export default async function AvailabilityPage() {
  const actor = await requireRole(["ADVISOR"]);
  const [t, { saved, ...values }] = await Promise.all([getTranslations("availability"), getMyAvailability(actor)]);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      {saved ? null : <Banner tone="info">{t("notSaved")}</Banner>}
      <ClientMessages namespaces={["availability", "forms"]}>
        <AvailabilityForm values={values} />
      </ClientMessages>
    </>
  );
}
