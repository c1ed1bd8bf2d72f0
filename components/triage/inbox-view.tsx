import type { Role } from "@prisma/client";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { inboxQuery, type InboxFilters, type InboxQueue } from "@/lib/domain/inbox";
import type { countInboxQueues, listInbox } from "@/lib/server/data/inbox";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { InboxFiltersForm } from "./inbox-filters";
import { SlaBadge, StatusBadge, currentSla } from "./sla-badge";
import { ClientMessages } from "@/components/intl/client-messages";
import { BULK_FORM_ID, BulkForm, DeleteViewForm, SaveViewForm } from "./inbox-tools";

/** Support's and the Mentorship Manager's tools on the inbox: bulk actions and their saved views. */
export type InboxTeamTools = {
  assignees: { id: string; firstName: string; lastName: string; role: Role }[];
  views: { id: string; name: string; query: string }[];
};

type Page = Awaited<ReturnType<typeof listInbox>>;
type Counts = Awaited<ReturnType<typeof countInboxQueues>>;

/** Whole days and the hours left over since `createdAt`. */
function ageOf(createdAt: Date, now: Date) {
  const hours = Math.max(0, Math.floor((now.getTime() - createdAt.getTime()) / 3_600_000));
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

/** The inbox: queues with counts, filters, and one keyset page of requests. */
export async function InboxView({
  basePath,
  threadPath,
  filters,
  page,
  counts,
  queues,
  teamTools,
  now,
}: {
  basePath: string;
  /** Where one request opens: `${threadPath}/${id}`. */
  threadPath: string;
  filters: InboxFilters;
  page: Page;
  counts: Counts;
  queues: InboxQueue[];
  teamTools?: InboxTeamTools;
  now: Date;
}) {
  const [t, common, topics, priorities, roles] = await Promise.all([
    getTranslations("triage"),
    getTranslations("common"),
    getTranslations("topics"),
    getTranslations("priority"),
    getTranslations("roles"),
  ]);
  const team = await getTranslations("teamTools");
  const countOf: Record<InboxQueue, number> = { triage: counts.triage, mine: counts.mine, open: counts.open, advisor: counts.advisors.reduce((s, a) => s + a.count, 0) };
  const current = (queue: InboxQueue, advisorId?: string) => filters.queue === queue && filters.advisorId === advisorId;
  return (
    <>
      <nav aria-label={t("queuesLabel")} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {queues.map((queue) => (
            <li key={queue}>
              <Link
                href={`${basePath}${inboxQuery({ queue })}`}
                aria-current={current(queue) ? "page" : undefined}
                className={`inline-block rounded border-2 px-3 py-1 no-underline ${current(queue) ? "border-slate-900 bg-slate-900 text-white" : "border-slate-400 bg-white text-slate-900"}`}
              >
                {t("queueCount", { label: t(`queues.${queue}`), count: countOf[queue] })}
              </Link>
            </li>
          ))}
        </ul>
        {queues.includes("advisor") && counts.advisors.length > 0 ? (
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {counts.advisors.map((a) => (
              <li key={a.id}>
                <Link href={`${basePath}${inboxQuery({ queue: "advisor", advisorId: a.id })}`} aria-current={current("advisor", a.id) ? "page" : undefined}>
                  {t("advisorQueue", { name: a.name, count: a.count })}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </nav>
      <InboxFiltersForm filters={filters} basePath={basePath} />
      {teamTools ? (
        <ClientMessages namespaces={["teamTools", "triage", "requestStatus", "priority", "roles"]}>
          <section aria-labelledby="views-title" className="mb-6 rounded border border-slate-300 bg-white p-4">
            <h2 id="views-title" className="mb-2 font-semibold">
              {team("views.title")}
            </h2>
            {teamTools.views.length === 0 ? (
              <p className="mb-3">{team("views.none")}</p>
            ) : (
              <ul className="mb-3 space-y-1">
                {teamTools.views.map((view) => (
                  <li key={view.id}>
                    <Link href={`${basePath}${view.query}`}>{view.name}</Link> · <DeleteViewForm id={view.id} name={view.name} />
                  </li>
                ))}
              </ul>
            )}
            <SaveViewForm query={inboxQuery({ ...filters, after: undefined })} />
          </section>
          {page.items.length > 0 ? <BulkForm assignees={teamTools.assignees} /> : null}
        </ClientMessages>
      ) : null}
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Table caption={t("results", { count: page.items.length, more: page.nextCursor ? "yes" : "no" })}>
          <Thead>
            <Tr>
              {teamTools ? <Th>{team("bulk.column")}</Th> : null}
              <Th>{t("columns.request")}</Th>
              <Th>{t("columns.learner")}</Th>
              <Th>{t("columns.author")}</Th>
              <Th>{t("columns.age")}</Th>
              <Th>{t("columns.sla")}</Th>
              <Th>{t("columns.assignee")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {page.items.map((r) => (
              <Tr key={r.id}>
                {teamTools ? (
                  <Td>
                    <input type="checkbox" form={BULK_FORM_ID} name="row" value={`${r.id}:${r.version}`} aria-label={team("bulk.select", { number: String(r.number) })} className="h-5 w-5" />
                  </Td>
                ) : null}
                <Th scope="row" className="font-medium">
                  <Link href={`${threadPath}/${r.id}`}>
                    {r.number} · {r.subject}
                  </Link>
                  <br />
                  <span className="font-normal text-slate-700">
                    {topics(r.topic)} · <StatusBadge status={r.status} /> ·{" "}
                    <span className={r.priority === "URGENT" ? "font-semibold text-red-800" : undefined}>{priorities(r.priority)}</span>
                  </span>
                </Th>
                <Td>
                  {r.learner.user.firstName} {r.learner.user.lastName}
                </Td>
                <Td>
                  {r.author.firstName} {r.author.lastName}
                  <br />
                  <span className="text-slate-700">{roles(r.author.role)}</span>
                </Td>
                <Td>{t("ageValue", ageOf(r.createdAt, now))}</Td>
                <Td>
                  <SlaBadge state={currentSla(r, now)} />
                </Td>
                <Td>{r.assignee ? `${r.assignee.firstName} ${r.assignee.lastName}` : t("unassigned")}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      {filters.after || page.nextCursor ? (
        <nav aria-label={common("pagination")} className="mt-4 flex gap-4">
          {filters.after ? <Link href={`${basePath}${inboxQuery({ ...filters, after: undefined })}`}>{common("previous")}</Link> : null}
          {page.nextCursor ? <Link href={`${basePath}${inboxQuery({ ...filters, after: page.nextCursor })}`}>{common("next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
