import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { prepareCase } from "@/lib/server/data/follow-up-cases";
import { PageHeading } from "@/components/ui/page-heading";
import { isRecordId } from "@/lib/schemas/fields";
import { ClientMessages } from "@/components/intl/client-messages";
import { OpenCaseForm } from "./open-case-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("newTitle") };
}

export default async function NewCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireRole(["ADVISOR"]);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const requestId = isRecordId(query.request) ? query.request : undefined;
  const [t, prepared] = await Promise.all([getTranslations("cases"), orNotFound(prepareCase(actor, id, requestId))]);
  const name = `${prepared.learner.firstName} ${prepared.learner.lastName}`;
  return (
    <>
      <p className="mb-2">
        <Link href={`/advisor/learners/${id}`}>{name}</Link>
      </p>
      <PageHeading title={t("newTitle")} intro={t("newIntro", { name })} />
      {prepared.request ? <p className="mb-4">{t("fromRequest", { number: prepared.request.number, subject: prepared.request.subject })}</p> : null}
      <ClientMessages namespaces={["cases", "caseload"]}>
        <OpenCaseForm learnerId={id} sourceRequestId={prepared.request?.id ?? ""} reason={prepared.suggestedReason} />
      </ClientMessages>
    </>
  );
}
