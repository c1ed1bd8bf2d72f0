import { z } from "zod";

/**
 * For an action posted by a plain HTML form (works without JavaScript): the
 * FormData becomes an object, then the usual schema parses it.
 */
export function fromFormData<S extends z.ZodType>(schema: S) {
  return z.preprocess((value) => (value instanceof FormData ? Object.fromEntries(value.entries()) : value), schema);
}
