import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { now } from "@/lib/server/clock";
import { listComplaints, REGISTER_ROLES } from "@/lib/server/data/complaints";
import { registerCells, registerHeader } from "@/lib/server/views/complaint-register";
import { complaintLate } from "@/lib/domain/complaints";
import type { AppLocale } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("complaints.register");
  return { title: t("title") };
}

/** The complaints register (Qualiopi indicator 31): every complaint, its deadline, answer and corrective action. */
export default async function ComplaintRegisterPage() {
  const actor = await requireRole(REGISTER_ROLES);
  const at = now();
  const [t, locale, lines] = await Promise.all([getTranslations("complaints.register"), getLocale(), listComplaints(actor)]);
  const header = registerHeader(locale as AppLocale);
  const open = lines.filter((c) => !c.answeredAt).length;
  const late = lines.filter((c) => complaintLate(c, at)).length;
  return (
    <>
      <p className="mb-4">
        <Link href="/reports">{(await getTranslations("reports"))("drill.back")}</Link>
      </p>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p role="status" className="mb-2">
        {t("counts", { total: lines.length, open, late })}
      </p>
      <p className="mb-4 flex flex-wrap gap-4">
        <a href="/reports/complaints/csv" download>
          {t("csv")}
        </a>
        <a href="/reports/complaints/pdf" download>
          {t("pdf")}
        </a>
      </p>
      {lines.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Table caption={t("caption")}>
          <Thead>
            <Tr>
              {header.map((h) => (
                <Th key={h}>{h}</Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {lines.map((c) => {
              const [number, ...cells] = registerCells(locale as AppLocale, c, at);
              return (
                <Tr key={c.id}>
                  <Th scope="row">
                    <Link href={`/reports/complaints/${c.id}`}>
                      {number}
                      <span className="sr-only"> — {t("openDetail", { number })}</span>
                    </Link>
                  </Th>
                  {cells.map((cell, i) => (
                    <Td key={i} className={i === 5 ? "whitespace-pre-line" : undefined}>
                      {cell || "—"}
                    </Td>
                  ))}
                </Tr>
              );
            })}
          </Tbody>
        </Table>
      )}
    </>
  );
}
