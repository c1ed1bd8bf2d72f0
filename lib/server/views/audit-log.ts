import "server-only";
import { getTranslations } from "next-intl/server";
import type { AuditNames } from "@/lib/server/data/audit";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { auditActionKey, auditChanges, ID_FIELDS } from "@/lib/domain/audit-log";

type Entry = { action: string; entityType: string; entityId: string; actorId: string | null; learnerId: string | null; before: unknown; after: unknown };
type Lookup = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The audit log in words, in one language: who, what (a sentence), and what changed with
 * every id resolved to a name. The page and the CSV export both use it.
 */
export async function auditWords(locale: AppLocale) {
  const [tRaw, all] = await Promise.all([getTranslations({ locale, namespace: "auditLog" }), getTranslations({ locale })]);
  const t = tRaw as unknown as Lookup;
  const root = all as unknown as Lookup;
  const d = dates(locale);
  const person = (names: AuditNames, id: string | null | undefined) => (id ? (names.users[id]?.name ?? t("unknownPerson")) : null);
  const request = (names: AuditNames, id: string) => (names.requests[id] !== undefined ? t("requestRef", { number: names.requests[id] }) : t("unknownRequest"));

  function value(names: AuditNames, field: string, v: unknown): string {
    if (v === null || v === undefined || v === "") return t("empty");
    if (Array.isArray(v)) return v.length === 0 ? t("empty") : v.map((x) => value(names, field, x)).join(", ");
    if (typeof v === "boolean") return t(v ? "yes" : "no");
    if (typeof v === "number") return String(v);
    if (typeof v !== "string") return JSON.stringify(v);
    const idKind = (ID_FIELDS as Record<string, "user" | "path" | "request">)[field];
    if (idKind === "user") return person(names, v) ?? t("empty");
    if (idKind === "path") return names.paths[v] ?? v;
    if (idKind === "request") return request(names, v);
    if (field === "role" && root.has(`roles.${v}`)) return root(`roles.${v}`);
    if (field === "topic" && root.has(`topics.${v}`)) return root(`topics.${v}`);
    if (ISO_INSTANT.test(v)) return v.endsWith("T00:00:00.000Z") ? d.day(new Date(v)) : d.instant(new Date(v));
    if (ISO_DAY.test(v)) return d.day(new Date(`${v}T00:00:00Z`));
    return t.has(`values.${v}`) ? t(`values.${v}`) : v;
  }

  /** The entry's subject: the account or learner it is about, or the request. */
  function target(names: AuditNames, e: Entry): string {
    if (e.entityType === "SupportRequest") return request(names, e.entityId);
    if (e.entityType === "User" || e.entityType === "LearnerProfile" || e.entityType === "LearnerSensitive") return person(names, e.entityId) ?? "";
    return person(names, e.learnerId) ?? "";
  }

  return {
    person,
    when: (at: Date) => d.instant(at),
    day: (at: Date) => d.day(at),
    /** The action as a sentence ("Conseiller changé pour Léa Dubois"). */
    what(names: AuditNames, e: Pick<Entry, "action" | "entityType" | "entityId" | "learnerId">): string {
      const key = auditActionKey(e.action);
      const values = { target: target(names, { ...e, actorId: null, before: null, after: null }), learner: person(names, e.learnerId) ?? t("empty") };
      return key ? t(`actions.${key}`, values) : t("unknownAction", { code: e.action });
    },
    /** Field by field: its label, before and after in words. */
    changes(names: AuditNames, e: Entry): { label: string; before: string | null; after: string }[] {
      return auditChanges(e.before, e.after).map((c) => ({
        label: t.has(`fields.${c.field}`) ? t(`fields.${c.field}`) : c.field,
        before: e.before === null || e.before === undefined ? null : value(names, c.field, c.before),
        after: value(names, c.field, c.after),
      }));
    },
    /** One change on one line: "Conseiller : Paul Martin → Zoé Bernard". */
    changeLine: (c: { label: string; before: string | null; after: string }) =>
      c.before !== null ? t("changeFromTo", { label: c.label, before: c.before, after: c.after }) : t("changeTo", { label: c.label, after: c.after }),
    t,
  };
}

export type AuditWords = Awaited<ReturnType<typeof auditWords>>;
