import "server-only";
import type { ActionFailure } from "@/lib/schemas/action-result";

export { NotFoundError } from "@/lib/server/auth/actor";

/**
 * A known refusal from a data function or an action body: thrown (or
 * returned) and turned by the action client into its ActionFailure as is.
 * Never for an unexpected state: those are plain errors, logged once.
 */
export class Refusal extends Error {
  constructor(readonly failure: Omit<ActionFailure, "ok">) {
    super(failure.formError ?? Object.values(failure.fieldErrors ?? {})[0] ?? "refused");
    this.name = "Refusal";
  }
}

export const refuse = {
  /** One field is wrong: `key` is a `formErrors` key. */
  field: (field: string, key: string) => new Refusal({ fieldErrors: { [field]: key } }),
  fields: (fieldErrors: Record<string, string>) => new Refusal({ fieldErrors }),
  /** The form as a whole is refused: `key` is a `formErrors` key. */
  form: (key: string, values?: Record<string, string | number>) => new Refusal({ formError: key, values }),
  /** Someone changed the record since it was read (optimistic locking). */
  conflict: (current?: Record<string, string | number | null>) => new Refusal({ formError: "conflict", conflict: current ?? {} }),
  rateLimited: (retryAt: Date) => new Refusal({ formError: "rateLimited", retryAt: retryAt.toISOString() }),
};
