import type { Dates } from "@/lib/i18n/dates";
import { isoWeekFromKey, weekMonday } from "@/lib/domain/week";

/** The Monday of an ISO week code ("2026-W48") as people read it ("23 novembre"); never the code itself. */
export function weekOfKey(isoWeek: string, d: Dates): string {
  const range = isoWeekFromKey(isoWeek);
  return range ? d.day(weekMonday(range), "dayMonth") : "";
}
