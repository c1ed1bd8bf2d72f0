import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AGE_FILTERS, inboxQuery, PRIORITIES, STATUS_FILTERS, type InboxFilters } from "@/lib/domain/inbox";
import { TOPIC_CODES } from "@/lib/domain/responsibility";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { Select, type SelectOption } from "@/components/ui/select";

/**
 * A plain GET form: filters live in the URL, so a filtered inbox can be bookmarked and shared.
 * Its controls are uncontrolled (`defaultValue`): a client-side navigation to other filters
 * ("Effacer les filtres", a queue, a saved view) keeps the mounted form, so the form is keyed
 * by its filters and remounts with the URL's values — otherwise the old values stay in the
 * controls and the next search silently applies them again.
 */
export async function InboxFiltersForm({ filters, basePath }: { filters: InboxFilters; basePath: string }) {
  const [t, topics, statuses, priorities] = await Promise.all([
    getTranslations("triage"),
    getTranslations("topics"),
    getTranslations("requestStatus"),
    getTranslations("priority"),
  ]);
  const select = (name: string, label: string, value: string | undefined, options: SelectOption[]) => (
    <Select id={`filter-${name}`} name={name} label={label} defaultValue={value ?? ""} placeholder={t("any")} options={options} />
  );
  return (
    <form key={inboxQuery({ ...filters, after: undefined })} method="get" action={basePath} role="search" aria-label={t("filters")} className="mb-6 rounded border border-slate-300 bg-white p-4">
      <input type="hidden" name="queue" value={filters.queue} />
      {filters.advisorId ? <input type="hidden" name="advisor" value={filters.advisorId} /> : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <Input id="filter-q" name="q" type="search" label={t("search")} defaultValue={filters.search ?? ""} maxLength={100} />
        </div>
        {select("topic", t("topic"), filters.topic, TOPIC_CODES.map((c) => ({ value: c, label: topics(c) })))}
        {select("side", t("side"), filters.side, [
          { value: "MENTOR", label: t("sides.MENTOR") },
          { value: "LEARNER", label: t("sides.LEARNER") },
        ])}
        {select("status", t("status"), filters.status, STATUS_FILTERS.map((s) => ({ value: s, label: statuses(s) })))}
        {select("priority", t("priority"), filters.priority, PRIORITIES.map((p) => ({ value: p, label: priorities(p) })))}
        {select("age", t("age"), filters.olderThanDays ? String(filters.olderThanDays) : undefined, AGE_FILTERS.map((a) => ({ value: a, label: t(`ages.${a}`) })))}
        <div className="flex items-end gap-2">
          <input id="filter-overdue" name="overdue" type="checkbox" value="1" defaultChecked={filters.overdue} className="h-5 w-5" />
          <label htmlFor="filter-overdue" className="font-semibold">
            {t("overdue")}
          </label>
        </div>
      </div>
      {filters.learnerId ? <input type="hidden" name="learner" value={filters.learnerId} /> : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Button type="submit">{t("apply")}</Button>
        <Link href={`${basePath}?queue=${filters.queue}`}>{t("reset")}</Link>
      </div>
    </form>
  );
}
