// Calendar days are UTC-midnight Dates (what a @db.Date column stores);
// instants are built from a wall-clock time in Europe/Paris.
const TIME_ZONE = "Europe/Paris";
const DAY_MS = 86_400_000;

const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function parisParts(instant: Date): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of partsFormat.formatToParts(instant)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return out;
}

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** Today's date in Paris, as a calendar day. */
export function parisToday(now: Date): Date {
  const p = parisParts(now);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

/** The Monday of the ISO week containing this calendar day. */
export function isoMonday(day: Date): Date {
  return addDays(day, -((day.getUTCDay() + 6) % 7));
}

function parisOffsetMs(instant: Date): number {
  const p = parisParts(instant);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of a Paris wall-clock time on a calendar day (daylight saving included). */
export function parisAt(day: Date, hour: number, minute = 0): Date {
  const wall = day.getTime() + (hour * 60 + minute) * 60_000;
  let instant = wall - parisOffsetMs(new Date(wall));
  const second = wall - parisOffsetMs(new Date(instant));
  if (second !== instant) instant = second;
  return new Date(instant);
}

export function isoDate(day: Date): string {
  return day.toISOString().slice(0, 10);
}

export function formatFrenchDate(day: Date): string {
  return new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", day: "numeric", month: "long" }).format(day);
}
