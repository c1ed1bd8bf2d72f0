import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@prisma/client";
import { auth } from "./auth";
import { actorFromSession } from "@/lib/server/data/auth-sessions";
import { now } from "@/lib/server/clock";
import { claimsOf } from "./session-claims";
import { NotFoundError, type Actor } from "./actor";

/**
 * The signed-in, active user, re-read from the database once per request; null otherwise:
 * a session ended by sign-out, revoked (older session version), past its 12 h, or idle
 * too long (staff) is no session (lib/domain/session-policy.ts).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const claims = claimsOf(await auth());
  return claims ? actorFromSession(claims, now()) : null;
});

/** For pages and actions: signed out (or deactivated) goes to the sign-in page. */
export async function requireUser(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}

/** Another role's page answers 404, never 403: it does not exist for them. */
export async function requireRole(roles: readonly Role[]): Promise<Actor> {
  const actor = await requireUser();
  if (!roles.includes(actor.role)) notFound();
  return actor;
}

/** Turns a data function's NotFoundError into the page's 404. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
