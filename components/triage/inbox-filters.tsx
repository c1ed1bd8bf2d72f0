import Link from "next/link";
import { AGE_FILTERS, PRIORITIES, STATUS_FILTERS, type InboxFilters } from "@/lib/domain/inbox";
import { TOPIC_CODES } from "@/lib/domain/responsibility";
import type { Messages } from "@/lib/i18n";
import { buttonClass } from "@/components/ui/field";

const selectClass = "block w-full rounded border-2 border-slate-700 bg-white px-2 py-1";

/** A plain GET form: filters live in the URL, so a filtered inbox can be bookmarked and shared. */
export function InboxFiltersForm({ filters, basePath, m }: { filters: InboxFilters; basePath: string; m: Messages }) {
  const t = m.triage;
  const select = (name: string, label: string, value: string | undefined, options: [string, string][]) => (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">{t.any}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" action={basePath} role="search" aria-label={t.filters} className="mb-6 rounded border border-slate-300 bg-white p-4">
      <input type="hidden" name="queue" value={filters.queue} />
      {filters.advisorId ? <input type="hidden" name="advisor" value={filters.advisorId} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="filter-q" className="block text-sm font-semibold">
            {t.search}
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.search ?? ""} maxLength={100} className={selectClass} />
        </div>
        {select("topic", t.topic, filters.topic, TOPIC_CODES.map((c) => [c, m.topics[c]]))}
        {select("side", t.side, filters.side, [
          ["MENTOR", t.sides.MENTOR],
          ["LEARNER", t.sides.LEARNER],
        ])}
        {select("status", t.status, filters.status, STATUS_FILTERS.map((s) => [s, m.requestStatus[s]]))}
        {select("priority", t.priority, filters.priority, PRIORITIES.map((p) => [p, m.priority[p]]))}
        {select("age", t.age, filters.olderThanDays ? String(filters.olderThanDays) : undefined, AGE_FILTERS.map((a) => [a, t.ages[a]]))}
        <div className="flex items-end gap-2">
          <input id="filter-overdue" name="overdue" type="checkbox" value="1" defaultChecked={filters.overdue} className="h-5 w-5" />
          <label htmlFor="filter-overdue" className="text-sm font-semibold">
            {t.overdue}
          </label>
        </div>
      </div>
      {filters.learnerId ? <input type="hidden" name="learner" value={filters.learnerId} /> : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClass}>
          {t.apply}
        </button>
        <Link href={`${basePath}?queue=${filters.queue}`}>{t.reset}</Link>
      </div>
    </form>
  );
}
