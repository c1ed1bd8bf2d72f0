import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Dates } from "@/lib/i18n/dates";
import type { CaseloadRow } from "@/lib/server/data/caseload";
import type { RiskLevel } from "@/lib/domain/risk";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";

const LEVEL_TONE: Record<RiskLevel, BadgeTone> = { HIGH: "danger", MEDIUM: "warning", NONE: "neutral" };

export async function CaseloadTable({ rows, d }: { rows: CaseloadRow[]; d: Dates }) {
  const [t, c, advisor, common] = await Promise.all([getTranslations("caseload.table"), getTranslations("caseload"), getTranslations("advisor"), getTranslations("common")]);
  if (rows.length === 0) return <p>{c("noMatch")}</p>;
  return (
    <Table caption={advisor("title")} captionHidden>
      <Thead>
        <Tr>
          <Th>{advisor("learner")}</Th>
          <Th>{t("risk")}</Th>
          <Th>{t("progress")}</Th>
          <Th>{t("sessions")}</Th>
          <Th>{t("lastNoShow")}</Th>
          <Th>{t("requests")}</Th>
          <Th>{t("followUp")}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.id}>
            <Th scope="row" className="font-medium">
              <Link href={`/advisor/learners/${row.id}`}>
                {row.firstName} {row.lastName}
              </Link>
              <div className="text-sm font-normal text-slate-700">{row.trainingPath}</div>
              <div className="text-sm font-normal text-slate-700">
                {advisor("mentor")} : {row.mentor ? `${row.mentor.firstName} ${row.mentor.lastName}` : common("none")}
              </div>
            </Th>
            <Td>
              <Badge tone={LEVEL_TONE[row.level]}>{c(`level.${row.level}`)}</Badge>
              {row.reasons.length > 0 ? (
                <ul className="mt-1 list-disc pl-4 text-sm">
                  {row.reasons.map((reason) => (
                    <li key={reason}>{c(`reason.${reason}`)}</li>
                  ))}
                </ul>
              ) : null}
              {row.onBreak ? <p className="mt-1 text-sm">{c("onBreak")}</p> : null}
            </Td>
            <Td>{c(`progress.${row.progress.status}`, { weeks: row.progress.weeks })}</Td>
            <Td>
              <div>{t("last7", { count: row.held7, commitment: row.weeklyCommitment })}</div>
              <div>{t("last28", { count: row.held28, commitment: row.weeklyCommitment * 4 })}</div>
              <div className="text-sm text-slate-700">
                {t("lastHeld")} : {row.lastHeldAt ? d.instant(row.lastHeldAt, "day") : common("none")}
              </div>
            </Td>
            <Td>{row.lastNoShowAt ? d.instant(row.lastNoShowAt, "day") : common("none")}</Td>
            <Td>
              <div>{t("alerts", { count: row.openAlerts })}</div>
              <div>{t("openRequests", { count: row.openRequests })}</div>
            </Td>
            <Td>
              <div>{row.openCase ? c(`reasons.${row.openCase.reason as "CHECK_IN"}`) : t("noCase")}</div>
              <div className="text-sm text-slate-700">
                {t("nextAppointment")} : {row.nextAppointmentAt ? d.instant(row.nextAppointmentAt) : common("none")}
              </div>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
