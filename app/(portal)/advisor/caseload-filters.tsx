import { getTranslations } from "next-intl/server";
import type { CaseloadQuery } from "@/lib/schemas/caseload-query";
import { CASELOAD_SORTS } from "@/lib/domain/caseload-view";
import { RISK_LEVELS, RISK_REASONS } from "@/lib/domain/risk";
import { Select } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

/** A plain GET form: filters live in the URL, work without JavaScript and by keyboard. */
export async function CaseloadFilters({ query, paths, mentors }: { query: CaseloadQuery; paths: [string, string][]; mentors: [string, string][] }) {
  const t = await getTranslations("caseload");
  const pairs = (list: readonly (readonly [string, string])[]) => list.map(([value, label]) => ({ value, label }));
  return (
    // Keyed by the query: a link to other filters (a tile, the worklist) remounts the controls,
    // which would otherwise keep the values typed before and re-apply them on the next search.
    <form key={JSON.stringify(query)} method="get" action="/advisor" role="search" aria-label={t("filters.title")} className="mb-4 grid gap-3 rounded border border-slate-300 bg-white p-4 md:grid-cols-3 lg:grid-cols-6">
      <Input id="q" name="q" type="search" label={t("filters.search")} defaultValue={query.q ?? ""} maxLength={100} />
      <Select id="risk" name="risk" label={t("filters.risk")} defaultValue={query.risk ?? ""} placeholder={t("filters.all")} options={pairs(RISK_LEVELS.map((level) => [level, t(`level.${level}`)] as const))} />
      <Select id="reason" name="reason" label={t("filters.reason")} defaultValue={query.reason ?? ""} placeholder={t("filters.all")} options={pairs(RISK_REASONS.map((reason) => [reason, t(`reason.${reason}`)] as const))} />
      <Select id="path" name="path" label={t("filters.path")} defaultValue={query.path ?? ""} placeholder={t("filters.all")} options={pairs(paths)} />
      <Select id="mentor" name="mentor" label={t("filters.mentor")} defaultValue={query.mentor ?? ""} placeholder={t("filters.all")} options={pairs(mentors)} />
      <Select id="sort" name="sort" label={t("filters.sort")} defaultValue={query.sort ?? "attention"} options={CASELOAD_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))} />
      <div className="md:col-span-3 lg:col-span-6">
        <Button type="submit">{t("filters.apply")}</Button>
      </div>
    </form>
  );
}
