import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { EXPORT_LIMIT, listAuditLog, listSensitiveReads } from "@/lib/server/data/audit";
import { auditWords } from "@/lib/server/views/audit-log";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n";
import { AUDIT_TYPE_KEYS, type AuditType } from "@/lib/domain/audit-log";
import { auditQueryString, parseAuditQuery } from "@/lib/schemas/audit-query";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { Input } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireRole(["ADMIN"]);
  const query = parseAuditQuery(await searchParams);
  const locale = (await getLocale()) as AppLocale;
  const filters = { userEmail: query.user, learnerEmail: query.learner, type: query.type as AuditType | undefined, from: query.from, to: query.to };
  const [t, words] = await Promise.all([getTranslations("admin.audit"), auditWords(locale)]);
  const w = words.t;
  const qs = auditQueryString(query);
  const base = qs ? `/admin/audit?${qs}` : "/admin/audit";
  // The kinds of action differ between the two views: a tab keeps the other filters only.
  const tab = (view: "changes" | "reads") => {
    const text = auditQueryString({ ...query, type: undefined, view });
    return text ? `/admin/audit?${text}` : "/admin/audit";
  };
  const filtered = Boolean(query.user || query.learner || query.type || query.from || query.to);
  return (
    <>
      <PageHeading title={t("title")} intro={w("intro")} />
      <nav aria-label={w("tabs")} className="mb-4">
        <ul className="flex gap-6">
          {(["changes", "reads"] as const).map((view) => (
            <li key={view}>
              <Link
                href={tab(view)}
                aria-current={query.view === view ? "page" : undefined}
                className={query.view === view ? "inline-block border-b-4 border-brand-700 py-1 font-bold no-underline" : "inline-block border-b-4 border-transparent py-1"}
              >
                {w(view === "changes" ? "changesTab" : "readsTab")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form key={qs} method="get" action="/admin/audit" aria-label={t("filters")} className="mb-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
        {query.view === "reads" ? <input type="hidden" name="view" value="reads" /> : null}
        <Input id="user" name="user" type="email" label={t("user")} defaultValue={query.user ?? ""} maxLength={254} className="w-72" />
        <Input id="learner" name="learner" type="email" label={t("learner")} defaultValue={query.learner ?? ""} maxLength={254} className="w-72" />
        <Select
          id="type"
          name="type"
          label={w("type")}
          placeholder={w("allTypes")}
          defaultValue={query.type ?? ""}
          options={AUDIT_TYPE_KEYS.filter((k) => (query.view === "reads" ? k === "reads" : k !== "reads")).map((k) => ({ value: k, label: w(`types.${k}`) }))}
        />
        <Input id="from" name="from" type="date" label={w("from")} defaultValue={query.from ?? ""} />
        <Input id="to" name="to" type="date" label={w("to")} defaultValue={query.to ?? ""} />
        <Button type="submit">{t("filter")}</Button>
        {filtered ? <Link href={query.view === "reads" ? "/admin/audit?view=reads" : "/admin/audit"}>{t("reset")}</Link> : null}
      </form>
      <p className="mb-4">
        <a href={`/admin/audit/export${qs ? `?${qs}` : ""}`} download>
          {w("exportCsv")}
        </a>{" "}
        <span className="text-slate-700">{w("exportHint", { limit: EXPORT_LIMIT })}</span>
      </p>
      {query.view === "reads" ? (
        <SensitiveReads actorFilters={filters} page={query.page} base={base} words={words} actor={actor} />
      ) : (
        <Changes actorFilters={filters} after={query.after} base={base} words={words} actor={actor} />
      )}
    </>
  );
}

type Section = {
  actor: Awaited<ReturnType<typeof requireRole>>;
  actorFilters: Parameters<typeof listAuditLog>[1];
  base: string;
  words: Awaited<ReturnType<typeof auditWords>>;
};

async function Changes({ actor, actorFilters, after, base, words }: Section & { after?: string }) {
  const [t, page] = await Promise.all([getTranslations("admin.audit"), listAuditLog(actor, { ...actorFilters, view: "changes", after })]);
  if (page.items.length === 0) return <p>{t("none")}</p>;
  return (
    <>
      <Table caption={words.t("changesTab")} captionHidden>
        <Thead>
          <Tr>
            <Th>{t("when")}</Th>
            <Th>{t("who")}</Th>
            <Th>{t("action")}</Th>
            <Th>{t("changes")}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {page.items.map((row) => {
            const changes = words.changes(page.names, row);
            return (
              <Tr key={row.id}>
                <Td className="whitespace-nowrap">{words.when(row.createdAt)}</Td>
                <Td>{row.actor ? row.actor.name : t("system")}</Td>
                <Td>{words.what(page.names, row)}</Td>
                <Td>
                  {changes.length === 0 ? (
                    words.t("nothingChanged")
                  ) : (
                    <ul className="space-y-0.5">
                      {changes.map((c) => (
                        <li key={c.label}>{words.changeLine(c)}</li>
                      ))}
                    </ul>
                  )}
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
      <Pagination basePath={base} after={after} nextCursor={page.nextCursor} />
    </>
  );
}

async function SensitiveReads({ actor, actorFilters, page, base, words }: Section & { page: number }) {
  const [t, reads] = await Promise.all([getTranslations("admin.audit"), listSensitiveReads(actor, actorFilters, page)]);
  const w = words.t;
  const at = (n: number) => `${base}${base.includes("?") ? "&" : "?"}page=${n}`;
  return (
    <>
      <p className="mb-3 text-slate-700">{w("readsIntro")}</p>
      {reads.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Table caption={w("readsTab")} captionHidden>
          <Thead>
            <Tr>
              <Th>{w("day")}</Th>
              <Th>{w("reader")}</Th>
              <Th>{t("action")}</Th>
              <Th>{w("count")}</Th>
              <Th>{w("firstLast")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {reads.items.map((r) => (
              <Tr key={`${r.actorId}-${r.learnerId}-${r.action}-${r.day.toISOString()}`}>
                <Td className="whitespace-nowrap">{words.day(r.day)}</Td>
                <Td>{words.person(reads.names, r.actorId) ?? t("system")}</Td>
                <Td>{words.what(reads.names, { action: r.action, entityType: "", entityId: "", learnerId: r.learnerId })}</Td>
                <Td>{w("timesCount", { count: r.count })}</Td>
                <Td className="whitespace-nowrap">{w("firstLastValue", { first: words.when(r.first), last: words.when(r.last) })}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {page > 0 || reads.hasMore ? (
        <nav aria-label={w("readsTab")} className="mt-4 flex gap-4">
          {page > 0 ? <Link href={at(page - 1)}>{w("previous")}</Link> : null}
          {reads.hasMore ? <Link href={at(page + 1)}>{w("next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
