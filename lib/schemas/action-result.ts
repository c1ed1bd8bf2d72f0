// The one shape every server action answers with (lib/server/actions/client.ts
// builds it; components/ui/use-action-form.ts reads it). User mistakes and
// known refusals are values; message keys are looked up in the `formErrors`
// catalogue where they are shown.

export type ActionFailure = {
  ok: false;
  /** Per field (dotted path): a `formErrors` key, e.g. "required" or "blocker.required". */
  fieldErrors?: Record<string, string>;
  /** A form-level `formErrors` key, e.g. "conflict", "notFound", "unexpected". */
  formError?: string;
  /** ICU values for formError and the server's field errors (e.g. the time a plan collides with). */
  values?: Record<string, string | number>;
  /** A stale version: what the record looks like now, for the person to decide again. */
  conflict?: Record<string, string | number | null>;
  /** The record is out of the actor's reach (or does not exist): the 404 of an action. */
  notFound?: true;
  /** When a rate limit lets the person try again (ISO instant). */
  retryAt?: string;
  /** For an unexpected error: the reference logged with it, to quote to support. */
  reference?: string;
};

export type ActionResult<D = undefined> = { ok: true; data: D } | ActionFailure;

/** The first message (a catalogue key) of each invalid field, keyed by its dotted path. */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join(".");
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}
