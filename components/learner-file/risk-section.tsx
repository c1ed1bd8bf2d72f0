import { getTranslations } from "next-intl/server";
import type { RiskLevel, RiskReason } from "@/lib/domain/risk";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const LEVEL_TONE: Record<RiskLevel, BadgeTone> = { HIGH: "danger", MEDIUM: "warning", NONE: "neutral" };

/** The learner's risk level and why, by the dashboard's rules (lib/domain/risk.ts). */
export async function RiskSection({ risk }: { risk: { level: RiskLevel; reasons: RiskReason[]; onBreak: boolean } }) {
  const [t, c] = await Promise.all([getTranslations("learnerFile"), getTranslations("caseload")]);
  return (
    <section aria-labelledby="risk-heading" className="rounded border border-slate-300 bg-white p-4">
      <h2 id="risk-heading" className="text-lg font-semibold">
        {t("risk")}
      </h2>
      <p className="mt-2">
        <Badge tone={LEVEL_TONE[risk.level]}>{c(`level.${risk.level}`)}</Badge>
      </p>
      {risk.reasons.length > 0 ? (
        <ul className="mt-2 list-disc pl-5">
          {risk.reasons.map((reason) => (
            <li key={reason}>{c(`reason.${reason}`)}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm">{t("noRiskReason")}</p>
      )}
      {risk.onBreak ? <p className="mt-2 text-sm">{c("onBreak")}</p> : null}
    </section>
  );
}
