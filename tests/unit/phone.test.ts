import { describe, expect, it } from "vitest";
import { formatPhone, parsePhone, telHref, toStoredPhone } from "@/lib/domain/phone";

describe("parsing a typed phone number", () => {
  it.each([
    // typed                      stored (E.164)
    ["06 39 98 00 01", "+33639980001"],
    ["0639980001", "+33639980001"],
    ["06.39.98.00.01", "+33639980001"],
    ["06-39-98-00-01", "+33639980001"],
    ["+33 6 39 98 00 01", "+33639980001"],
    ["+33 (0)6 39 98 00 01", "+33639980001"],
    ["0033 6 39 98 00 01", "+33639980001"],
    ["  01 99 00 00 01  ", "+33199000001"],
    ["+44 20 7946 0958", "+442079460958"],
    ["+1 202 555 0143", "+12025550143"],
    ["+32 470 12 34 56", "+32470123456"],
  ])("%s → %s", (typed, e164) => {
    expect(parsePhone(typed)).toEqual({ ok: true, e164 });
  });

  it.each([
    ["0639", "tooShort"],
    ["06 39 98", "tooShort"],
    ["+44 20", "tooShort"],
    ["06 39 98 00 01 99 99", "tooLong"],
    ["abc", "invalid"],
    ["06 39 98 OO 01", "invalid"],
    ["1-800-FLOWERS", "invalid"],
    ["", "invalid"],
    ["+", "invalid"],
    ["00 00 00 00 00", "invalid"],
  ])("%j is refused (%s)", (typed, error) => {
    expect(parsePhone(typed)).toEqual({ ok: false, error });
  });
});

describe("showing a stored number", () => {
  it.each([
    // stored           shown                 tel: link
    ["+33639980001", "06 39 98 00 01", "tel:+33639980001"],
    ["+33199000001", "01 99 00 00 01", "tel:+33199000001"],
    ["+442079460958", "+44 20 7946 0958", "tel:+442079460958"],
    ["+12025550143", "+1 202 555 0143", "tel:+12025550143"],
  ])("%s is shown %s, linked %s", (stored, shown, href) => {
    expect(formatPhone(stored)).toBe(shown);
    expect(telHref(stored)).toBe(href);
  });

  it("an empty field is stored as no number", () => {
    expect(toStoredPhone("")).toBeNull();
    expect(toStoredPhone("   ")).toBeNull();
    expect(toStoredPhone(undefined)).toBeNull();
    expect(toStoredPhone("06 39 98 00 01")).toBe("+33639980001");
    expect(() => toStoredPhone("abc")).toThrow();
  });
});
