import { getTranslations } from "next-intl/server";
import type { ReportQuery } from "@/lib/schemas/reports";
import { GRANULARITIES, type Period } from "@/lib/domain/reports/period";
import { Select } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

type Option = { id: string; label: string };

/** A plain GET form: the filters live in the URL, work without JavaScript and by keyboard. */
export async function ReportFilters({ query, period, advisors, mentors, paths }: { query: ReportQuery; period: Period; advisors: Option[] | null; mentors: Option[]; paths: Option[] }) {
  const t = await getTranslations("reports");
  const options = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.label }));
  return (
    <form method="get" action="/reports" role="search" aria-label={t("filters.title")} className="mb-6 grid gap-3 rounded border border-slate-300 bg-white p-4 md:grid-cols-3 lg:grid-cols-5">
      <Select
        id="granularity"
        name="granularity"
        label={t("filters.granularity")}
        defaultValue={period.granularity}
        options={GRANULARITIES.map((g) => ({ value: g, label: t(`granularity.${g}`) }))}
      />
      <Input id="period" name="period" label={t("filters.period")} hint={t("filters.periodHint")} defaultValue={query.period ?? period.key} maxLength={8} />
      {advisors ? <Select id="advisor" name="advisor" label={t("filters.advisor")} defaultValue={query.advisor ?? ""} placeholder={t("filters.all")} options={options(advisors)} /> : null}
      <Select id="mentor" name="mentor" label={t("filters.mentor")} defaultValue={query.mentor ?? ""} placeholder={t("filters.all")} options={options(mentors)} />
      <Select id="path" name="path" label={t("filters.path")} defaultValue={query.path ?? ""} placeholder={t("filters.all")} options={options(paths)} />
      <div className="md:col-span-3 lg:col-span-5">
        <Button type="submit">{t("filters.apply")}</Button>
      </div>
    </form>
  );
}
