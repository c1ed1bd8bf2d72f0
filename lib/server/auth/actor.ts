import type { Locale, Role } from "@prisma/client";

/** The signed-in user as every data function receives it. */
export type Actor = {
  id: string;
  role: Role;
  firstName: string;
  lastName: string;
  email: string;
  locale: Locale;
};

/** A record the actor may not see, or a function their role may not call: shown as 404. */
export class NotFoundError extends Error {
  constructor(what = "not found") {
    super(what);
    this.name = "NotFoundError";
  }
}

/** Data functions call this first: a role outside `roles` sees nothing. */
export function assertRole<R extends Role>(actor: Actor, roles: readonly R[]): asserts actor is Actor & { role: R } {
  if (!roles.includes(actor.role as R)) throw new NotFoundError();
}
