import { describe, expect, it } from "vitest";
import { easterSunday, frenchPublicHolidays, isFrenchPublicHoliday } from "@/lib/domain/holidays";

// Easter Sundays from the published tables (Bureau des longitudes), and the holidays they move.
describe("the holidays that follow Easter, 2026–2030", () => {
  it.each([
    // year  Easter Sunday  Easter Monday  Ascension     Whit Monday
    [2026, "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-25"],
    [2027, "2027-03-28", "2027-03-29", "2027-05-06", "2027-05-17"],
    [2028, "2028-04-16", "2028-04-17", "2028-05-25", "2028-06-05"],
    [2029, "2029-04-01", "2029-04-02", "2029-05-10", "2029-05-21"],
    [2030, "2030-04-21", "2030-04-22", "2030-05-30", "2030-06-10"],
  ])("%i: Easter %s, Easter Monday %s, Ascension %s, Whit Monday %s", (year, easter, monday, ascension, whit) => {
    const e = easterSunday(year);
    expect(`${e.year}-${String(e.month).padStart(2, "0")}-${String(e.day).padStart(2, "0")}`).toBe(easter);
    const days = frenchPublicHolidays(year);
    expect(days).toEqual(expect.arrayContaining([monday, ascension, whit]));
    expect(days).not.toContain(easter); // a Sunday anyway: never listed as a holiday of its own
  });

  it.each([
    [1818, "1818-03-22"], // the earliest possible Easter
    [1943, "1943-04-25"], // the latest possible Easter
    [2000, "2000-04-23"],
    [2038, "2038-04-25"],
  ])("edge years of the algorithm: %i → %s", (year, expected) => {
    const e = easterSunday(year);
    expect(`${e.year}-${String(e.month).padStart(2, "0")}-${String(e.day).padStart(2, "0")}`).toBe(expected);
  });
});

describe("frenchPublicHolidays", () => {
  it("2027: the eleven days, in order", () => {
    expect(frenchPublicHolidays(2027)).toEqual([
      "2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17",
      "2027-07-14", "2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25",
    ]);
  });

  it.each([2026, 2027, 2028, 2029, 2030])("%i has eleven distinct days", (year) => {
    expect(new Set(frenchPublicHolidays(year)).size).toBe(11);
  });
});

describe("isFrenchPublicHoliday", () => {
  it.each([
    [{ year: 2026, month: 1, day: 1 }, true],
    [{ year: 2026, month: 5, day: 1 }, true],
    [{ year: 2026, month: 5, day: 8 }, true],
    [{ year: 2026, month: 7, day: 14 }, true],
    [{ year: 2026, month: 8, day: 15 }, true],
    [{ year: 2026, month: 11, day: 1 }, true],
    [{ year: 2026, month: 11, day: 11 }, true],
    [{ year: 2026, month: 12, day: 25 }, true],
    [{ year: 2028, month: 6, day: 5 }, true],
    [{ year: 2026, month: 12, day: 26 }, false], // Alsace-Moselle only
    [{ year: 2026, month: 4, day: 3 }, false], // Good Friday: Alsace-Moselle only
    [{ year: 2026, month: 4, day: 5 }, false], // Easter Sunday (a Sunday, not a holiday of its own)
    [{ year: 2026, month: 5, day: 15 }, false], // the "pont" after Ascension is a working day
  ])("%o → %s", (day, expected) => {
    expect(isFrenchPublicHoliday(day)).toBe(expected);
  });
});
