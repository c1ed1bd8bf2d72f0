// Phone numbers: typed in any usual French or international way, stored in E.164
// ("+33639980001"), shown nationally for French numbers ("06 39 98 00 01") and
// internationally otherwise ("+44 20 7946 0958"). Pure; libphonenumber-js holds
// the numbering plans (its "min" metadata: lengths and leading digits per country).
import { parsePhoneNumberFromString, validatePhoneNumberLength } from "libphonenumber-js";

/** Numbers typed without a country code are French. */
export const DEFAULT_REGION = "FR" as const;

export type PhoneError = "invalid" | "tooShort" | "tooLong";
export type ParsedPhone = { ok: true; e164: string } | { ok: false; error: PhoneError };

/** A typed number (spaces, dots, dashes, "+33", "0033" accepted) as E.164, or why it is refused. */
export function parsePhone(input: string): ParsedPhone {
  const text = input.trim();
  // Only what people type in a phone number: no letters (libphonenumber would read "1-800-FLOWERS").
  if (!/^[0-9+().\s\-/]+$/.test(text)) return { ok: false, error: "invalid" };
  const length = validatePhoneNumberLength(text, DEFAULT_REGION);
  if (length === "TOO_SHORT") return { ok: false, error: "tooShort" };
  if (length === "TOO_LONG") return { ok: false, error: "tooLong" };
  const parsed = parsePhoneNumberFromString(text, DEFAULT_REGION);
  if (!parsed || !parsed.isValid()) return { ok: false, error: "invalid" };
  return { ok: true, e164: parsed.number };
}

/** The stored value of an optional phone field: null when left empty; throws on a value the schema should have refused. */
export function toStoredPhone(input: string | null | undefined): string | null {
  if (!input || input.trim() === "") return null;
  const parsed = parsePhone(input);
  if (!parsed.ok) throw new Error(`phone not validated: ${parsed.error}`);
  return parsed.e164;
}

/** How a stored number is shown: nationally when French, internationally otherwise; as stored if unreadable. */
export function formatPhone(stored: string): string {
  const parsed = parsePhoneNumberFromString(stored, DEFAULT_REGION);
  if (!parsed) return stored;
  return parsed.country === DEFAULT_REGION ? parsed.formatNational() : parsed.formatInternational();
}

/** The `tel:` link of a stored number (RFC 3966: the E.164 digits). */
export function telHref(stored: string): string {
  const parsed = parsePhoneNumberFromString(stored, DEFAULT_REGION);
  return parsed ? parsed.getURI() : `tel:${stored.replace(/[^0-9+]/g, "")}`;
}
