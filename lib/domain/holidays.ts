// French public holidays (jours fériés, Code du travail L3133-1), as the school
// observes them: eight fixed days and three that follow Easter. Not included:
// Good Friday and 26 December (Alsace-Moselle only) and the overseas
// departments' abolition days; add them here if the school ever needs them.

/** A calendar day, month 1–12. */
export type CalendarDay = { year: number; month: number; day: number };

const FIXED: readonly (readonly [month: number, day: number])[] = [
  [1, 1], // Jour de l'an
  [5, 1], // Fête du Travail
  [5, 8], // Victoire 1945
  [7, 14], // Fête nationale
  [8, 15], // Assomption
  [11, 1], // Toussaint
  [11, 11], // Armistice 1918
  [12, 25], // Noël
];

/** Days after Easter Sunday: Easter Monday, Ascension Thursday, Whit Monday. */
const AFTER_EASTER = [1, 39, 50] as const;

/** Easter Sunday of the Gregorian calendar (the anonymous algorithm, as given by Meeus). */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return { year, month: Math.floor(n / 31), day: (n % 31) + 1 };
}

const iso = ({ year, month, day }: CalendarDay) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The year's public holidays as `YYYY-MM-DD`, in calendar order. */
export function frenchPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const movable = AFTER_EASTER.map((offset) => {
    const date = new Date(Date.UTC(year, easter.month - 1, easter.day + offset));
    return iso({ year, month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  });
  return [...FIXED.map(([month, day]) => iso({ year, month, day })), ...movable].sort();
}

const byYear = new Map<number, ReadonlySet<string>>();

/** Whether the calendar day (as read in the school's time zone) is a public holiday. */
export function isFrenchPublicHoliday(date: CalendarDay): boolean {
  let days = byYear.get(date.year);
  if (!days) byYear.set(date.year, (days = new Set(frenchPublicHolidays(date.year))));
  return days.has(iso(date));
}
