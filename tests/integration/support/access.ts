// Shared by every access-matrix test file: each feature lists its data
// functions × roles, and proves no exported function of its modules is left
// out. tests/integration/data-modules.test.ts proves every module under
// lib/server/data belongs to one feature's matrix.
import { expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { ROLES } from "@/lib/domain/roles";

export type AccessRow = { name: string; call: (actor: Actor) => Promise<unknown>; allowed: readonly Role[] };

/** One test per (function, role): allowed calls resolve, others reject with NotFoundError. */
export function describeAccessMatrix(rows: AccessRow[], actorFor: (role: Role) => Actor) {
  for (const row of rows) {
    for (const role of ROLES) {
      const allowed = row.allowed.includes(role);
      it(`${row.name} × ${role} → ${allowed ? "allowed" : "not found"}`, async () => {
        const outcome = row.call(actorFor(role));
        if (allowed) await expect(outcome).resolves.not.toThrow();
        else await expect(outcome).rejects.toBeInstanceOf(NotFoundError);
      });
    }
  }
}

/** The names of the functions a set of modules exports. */
export async function exportedFunctions(modules: Record<string, () => Promise<unknown>>): Promise<string[]> {
  const names: string[] = [];
  for (const load of Object.values(modules)) {
    for (const [name, value] of Object.entries((await load()) as Record<string, unknown>)) {
      if (typeof value === "function") names.push(name);
    }
  }
  return names;
}

export function actorOf(user: { id: string; role: Role; firstName: string; lastName: string; email: string }): Actor {
  return { id: user.id, role: user.role, firstName: user.firstName, lastName: user.lastName, email: user.email, locale: "fr" };
}
