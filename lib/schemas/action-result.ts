import type { FormResult } from "./form-result";

/** A data function's refusal, as a form-level error key. */
export function refused(key: string): FormResult {
  return { ok: false, formError: key };
}
