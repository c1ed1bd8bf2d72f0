import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { dates } from "@/lib/i18n/dates";
import { PublicShell } from "../public-shell";

export const dynamic = "force-dynamic";

// The day this statement was last reviewed against the portal.
const STATEMENT_DATE = new Date(Date.UTC(2026, 11, 1));

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessibility");
  return { title: t("title") };
}

/** The RGAA accessibility statement, reachable signed in or out (linked from every footer). */
export default async function AccessibilityPage() {
  const [t, locale] = await Promise.all([getTranslations("accessibility"), getLocale()]);
  const sections = [
    { title: t("statusTitle"), body: [t("status"), t("statusDetail")] },
    { title: t("otherWayTitle"), body: [t("otherWay")] },
    { title: t("reportTitle"), body: [t("report")] },
    { title: t("recourseTitle"), body: [t("recourse")] },
    { title: t("technologiesTitle"), body: [t("technologies")] },
  ];
  return (
    <PublicShell wide>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("intro")}</p>
      {sections.slice(0, 1).map((section) => (
        <section key={section.title} className="mt-8">
          <h2 className="text-xl font-semibold">{section.title}</h2>
          {section.body.map((p) => (
            <p key={p} className="mt-2">{p}</p>
          ))}
        </section>
      ))}
      <section className="mt-8">
        <h2 className="text-xl font-semibold">{t("limitsTitle")}</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>{t("limits.audit")}</li>
          <li>{t("limits.tables")}</li>
        </ul>
      </section>
      {sections.slice(1).map((section) => (
        <section key={section.title} className="mt-8">
          <h2 className="text-xl font-semibold">{section.title}</h2>
          {section.body.map((p) => (
            <p key={p} className="mt-2">{p}</p>
          ))}
        </section>
      ))}
      <p className="mt-8 text-sm text-slate-700">{t("updated", { date: dates(locale).day(STATEMENT_DATE) })}</p>
    </PublicShell>
  );
}
