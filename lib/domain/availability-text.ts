// The advisor's weekly windows as typed on the availability form, one field per
// weekday: "09:00-12:00, 14:00-16:30" (a dash or an en dash). Pure; the same
// function checks the form (zod) and builds the rows (data function).
import { minuteOf, timeOf, type WeeklyWindow } from "./booking-slots";

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export type WindowsParse = { ok: true; windows: { startMinute: number; endMinute: number }[] } | { ok: false; error: "format" | "order" | "overlap" };

/** "09:00-12:00, 14:00-16:00" → windows in order; "" → none. */
export function parseWindows(text: string): WindowsParse {
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  const windows: { startMinute: number; endMinute: number }[] = [];
  for (const part of parts) {
    const match = /^(\d{1,2}[:h]\d{2})\s*[-–à]\s*(\d{1,2}[:h]\d{2})$/.exec(part);
    if (!match) return { ok: false, error: "format" };
    const [start, end] = [match[1], match[2]].map((t) => minuteOf(t.replace("h", ":").padStart(5, "0")));
    if (start === null || end === null) return { ok: false, error: "format" };
    if (end <= start) return { ok: false, error: "order" };
    windows.push({ startMinute: start, endMinute: end });
  }
  windows.sort((a, b) => a.startMinute - b.startMinute);
  for (let i = 1; i < windows.length; i += 1) if (windows[i].startMinute < windows[i - 1].endMinute) return { ok: false, error: "overlap" };
  return { ok: true, windows };
}

/** The windows of one weekday as the form shows them. */
export function formatWindows(windows: readonly WeeklyWindow[], weekday: number): string {
  return windows
    .filter((w) => w.weekday === weekday)
    .sort((a, b) => a.startMinute - b.startMinute)
    .map((w) => `${timeOf(w.startMinute)}-${timeOf(w.endMinute)}`)
    .join(", ");
}

export type DaysOffParse = { ok: true; days: { startDate: string; endDate: string; label: string }[] } | { ok: false; error: "format" | "order"; line: number };

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** One exception a line: "2026-12-24" or "2026-12-21 2027-01-03", then an optional label. */
export function parseDaysOff(text: string): DaysOffParse {
  const days: { startDate: string; endDate: string; label: string }[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^(\d{4}-\d{2}-\d{2})(?:\s*(?:[-–→]|au|to)?\s*(\d{4}-\d{2}-\d{2}))?\s*(.*)$/.exec(line);
    if (!match || !isDate(match[1]) || (match[2] && !isDate(match[2]))) return { ok: false, error: "format", line: index + 1 };
    const startDate = match[1];
    const endDate = match[2] ?? match[1];
    if (endDate < startDate) return { ok: false, error: "order", line: index + 1 };
    days.push({ startDate, endDate, label: match[3].trim().slice(0, 80) });
  }
  return { ok: true, days };
}

export function formatDaysOff(days: readonly { startDate: string; endDate: string; label: string }[]): string {
  return days.map((d) => [d.startDate, d.endDate === d.startDate ? null : d.endDate, d.label || null].filter(Boolean).join(" ")).join("\n");
}
