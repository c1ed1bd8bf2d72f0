import type { z } from "zod";

/** What a form's server action returns: user mistakes are values, never thrown. */
export type FormResult =
  | { ok: true }
  | { ok: false; fieldErrors?: Record<string, string>; formError?: string };

/** The first message (a catalogue key) of each invalid field, keyed by its dotted path. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".");
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
