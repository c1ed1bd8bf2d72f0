// Shared by every access-matrix test file: each feature lists its data
// functions × roles, and proves no exported function of its modules is left
// out. tests/integration/data-modules.test.ts proves every module under
// lib/server/data belongs to one feature's matrix.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { Refusal } from "@/lib/server/errors";
import { ROLES } from "@/lib/domain/roles";

export type AccessRow = { name: string; call: (actor: Actor) => Promise<unknown>; allowed: readonly Role[] };

/** One test per (function, role): allowed calls resolve (or meet a Refusal), others reject with NotFoundError. */
export function describeAccessMatrix(rows: AccessRow[], actorFor: (role: Role) => Actor) {
  for (const row of rows) {
    for (const role of ROLES) {
      const allowed = row.allowed.includes(role);
      it(`${row.name} × ${role} → ${allowed ? "allowed" : "not found"}`, async () => {
        const outcome = row.call(actorFor(role));
        // A refusal ("conflict", "archived"…) is an answer only a permitted actor gets: allowed.
        if (allowed) await expect(outcome.catch((error: unknown) => (error instanceof Refusal ? error.failure : Promise.reject(error)))).resolves.not.toThrow();
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

/**
 * Every function a set of data modules exports is either a matrix row or a named system
 * function (used by jobs, sign-in or inside a caller's transaction, with no actor). A system
 * function may not take an actor: one that does needs a row. `modules` comes from
 * `import.meta.glob` in a file of tests/integration (its keys are relative to that folder).
 */
export async function expectEveryExportCovered(modules: Record<string, () => Promise<unknown>>, rows: AccessRow[], system: readonly string[] = []) {
  const exported = await exportedFunctions(modules);
  const covered = new Set([...rows.map((r) => r.name), ...system]);
  expect(exported.filter((name) => !covered.has(name)), "exported without a matrix row or a system entry").toEqual([]);
  expect(system.filter((name) => !exported.includes(name)), "system entries no module exports").toEqual([]);
  const withActor = Object.keys(modules).flatMap((file) => actorParameterFunctions(path.resolve(__dirname, "..", file)));
  expect(system.filter((name) => withActor.includes(name)), "system entries that take an actor (give them a row)").toEqual([]);
}

/** The exported functions of a source file that have a parameter named `actor` or typed `Actor`. */
function actorParameterFunctions(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const takesActor = (fn: ts.SignatureDeclaration) =>
    fn.parameters.some((p) => p.name.getText(source) === "actor" || (p.type !== undefined && /\bActor\b/.test(p.type.getText(source))));
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const names: string[] = [];
  for (const statement of source.statements) {
    if (!exported(statement)) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name && takesActor(statement)) names.push(statement.name.text);
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) && takesActor(init)) names.push(d.name.getText(source));
      }
    }
  }
  return names;
}

export function actorOf(user: { id: string; role: Role; firstName: string; lastName: string; email: string }): Actor {
  return { id: user.id, role: user.role, firstName: user.firstName, lastName: user.lastName, email: user.email, locale: "fr" };
}
