import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import type { Role } from "@prisma/client";
import { auth } from "./auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError, type Actor } from "./actor";

/** The signed-in, active user, re-read from the database once per request; null otherwise. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await getDb().user.findUnique({
    where: { id },
    select: { id: true, role: true, active: true, firstName: true, lastName: true, email: true, locale: true },
  });
  if (!user || !user.active) return null;
  return { id: user.id, role: user.role, firstName: user.firstName, lastName: user.lastName, email: user.email, locale: user.locale };
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
