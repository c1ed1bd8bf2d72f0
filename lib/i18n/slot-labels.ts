import { TIME_ZONE, type AppLocale } from "./config";
import { dates } from "./dates";

// Built once: an Intl.DateTimeFormat costs far more to build than to use.
const HOUR_MINUTE = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE });

/** A time as French typography writes it in running text ("10 h 00"), English as "10:00". */
export function spokenTime(at: Date, locale: AppLocale): string {
  const parts = HOUR_MINUTE.formatToParts(at);
  const hour = parts.find((p) => p.type === "hour")?.value ?? "00";
  const minute = parts.find((p) => p.type === "minute")?.value ?? "00";
  return locale === "fr" ? `${Number(hour)} h ${minute}` : `${hour}:${minute}`;
}

export type SlotView = { startsAt: string; day: string; range: string; label: string };

/**
 * A slot as the picker shows it: its day heading ("mardi 8 décembre"), its visible range
 * ("10 h 00 à 10 h 30") and its accessible name, which contains the visible text
 * ("mardi 8 décembre, 10 h 00 à 10 h 30").
 */
export function slotView(slot: { startsAt: Date; endsAt: Date }, locale: AppLocale, join: (values: { start: string; end: string }) => string, full: (values: { day: string; start: string; end: string }) => string): SlotView {
  const day = dates(locale).instant(slot.startsAt, "weekday");
  const start = spokenTime(slot.startsAt, locale);
  const end = spokenTime(slot.endsAt, locale);
  return { startsAt: slot.startsAt.toISOString(), day, range: join({ start, end }), label: full({ day, start, end }) };
}
