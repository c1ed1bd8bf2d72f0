import type { Metadata } from "next";
import Link from "next/link";
import { requireRole, orNotFound } from "@/lib/server/auth/session";
import { prepareCase } from "@/lib/server/data/follow-up-cases";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";
import { isRecordId } from "@/lib/schemas/fields";
import { OpenCaseForm } from "./open-case-form";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.cases.newTitle };
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
  const [{ m }, prepared] = await Promise.all([getMessages(), orNotFound(prepareCase(actor, id, requestId))]);
  const t = m.cases;
  const name = `${prepared.learner.firstName} ${prepared.learner.lastName}`;
  return (
    <>
      <p className="mb-2">
        <Link href={`/advisor/learners/${id}`}>{name}</Link>
      </p>
      <PageHeading title={t.newTitle} intro={format(t.newIntro, { name })} />
      {prepared.request ? <p className="mb-4">{format(t.fromRequest, { number: prepared.request.number, subject: prepared.request.subject })}</p> : null}
      <OpenCaseForm learnerId={id} sourceRequestId={prepared.request?.id ?? ""} reason={prepared.suggestedReason} m={m} />
    </>
  );
}
