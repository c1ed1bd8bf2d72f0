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
      <div>
        <label htmlFor="risk" className="block text-sm font-semibold">{t.risk}</label>
        <select id="risk" name="risk" defaultValue={query.risk ?? ""} className={selectClass}>
          <option value="">{t.all}</option>
          {RISK_LEVELS.map((level) => (
            <option key={level} value={level}>{m.caseload.level[level]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="reason" className="block text-sm font-semibold">{t.reason}</label>
        <select id="reason" name="reason" defaultValue={query.reason ?? ""} className={selectClass}>
          <option value="">{t.all}</option>
          {RISK_REASONS.map((reason) => (
            <option key={reason} value={reason}>{m.caseload.reason[reason]}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="path" className="block text-sm font-semibold">{t.path}</label>
        <select id="path" name="path" defaultValue={query.path ?? ""} className={selectClass}>
          <option value="">{t.all}</option>
          {paths.map(([id, name]) => (
            <option key={id} value={id}>{name}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="mentor" className="block text-sm font-semibold">{t.mentor}</label>
        <select id="mentor" name="mentor" defaultValue={query.mentor ?? ""} className={selectClass}>
          <option value="">{t.all}</option>
          {mentors.map(([id, name]) => (
            <option key={id} value={id}>{name}</option>
          ))}
        </select>
      </div>
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
