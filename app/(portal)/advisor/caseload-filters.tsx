import type { Messages } from "@/lib/i18n";
import type { CaseloadQuery } from "@/lib/schemas/caseload-query";
import { CASELOAD_SORTS } from "@/lib/domain/caseload-view";
import { RISK_LEVELS, RISK_REASONS } from "@/lib/domain/risk";
import { buttonClass } from "@/components/ui/field";

const selectClass = "block w-full rounded border-2 border-slate-700 bg-white px-2 py-1.5";

/** A plain GET form: filters live in the URL, work without JavaScript and by keyboard. */
export function CaseloadFilters({
  query,
  paths,
  mentors,
  m,
}: {
  query: CaseloadQuery;
  paths: [string, string][];
  mentors: [string, string][];
  m: Messages;
}) {
  const t = m.caseload.filters;
  return (
    <form method="get" action="/advisor" role="search" aria-label={t.title} className="mb-4 grid gap-3 rounded border border-slate-300 bg-white p-4 md:grid-cols-3 lg:grid-cols-6">
      <div>
        <label htmlFor="q" className="block text-sm font-semibold">{t.search}</label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} className={selectClass} />
      </div>
      <FilterSelect name="risk" label={t.risk} value={query.risk} all={t.all} options={RISK_LEVELS.map((level) => [level, m.caseload.level[level]])} />
      <FilterSelect name="reason" label={t.reason} value={query.reason} all={t.all} options={RISK_REASONS.map((reason) => [reason, m.caseload.reason[reason]])} />
      <FilterSelect name="path" label={t.path} value={query.path} all={t.all} options={paths} />
      <FilterSelect name="mentor" label={t.mentor} value={query.mentor} all={t.all} options={mentors} />
      <div>
        <label htmlFor="sort" className="block text-sm font-semibold">{t.sort}</label>
        <select id="sort" name="sort" defaultValue={query.sort ?? "attention"} className={selectClass}>
          {CASELOAD_SORTS.map((sort) => (
            <option key={sort} value={sort}>{m.caseload.sort[sort]}</option>
          ))}
        </select>
      </div>
      <div className="md:col-span-3 lg:col-span-6">
        <button type="submit" className={buttonClass}>{t.apply}</button>
      </div>
    </form>
  );
}

function FilterSelect({ name, label, value, all, options }: { name: string; label: string; value?: string; all: string; options: (readonly [string, string])[] }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{all}</option>
        {options.map(([id, text]) => (
          <option key={id} value={id}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
