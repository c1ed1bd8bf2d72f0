"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/server/auth/session";
import { IMPORT_KINDS, type ImportKind } from "@/lib/domain/import-csv";
import { previewImport, runImport, type ImportPreview, type ImportResult } from "@/lib/server/data/import";

function kindOf(value: unknown): ImportKind | null {
  return IMPORT_KINDS.find((k) => k === value) ?? null;
}

/** Reads the file and answers, row by row, what the import would do; writes nothing. */
export async function previewImportAction(kind: unknown, text: unknown): Promise<ImportPreview> {
  const actor = await requireRole(["ADMIN"]);
  const k = kindOf(kind);
  if (!k || typeof text !== "string") return { ok: false, error: "unreadable" };
  return previewImport(actor, k, text);
}

/** Imports the file in one transaction (all rows or none). */
export async function runImportAction(kind: unknown, text: unknown): Promise<ImportResult> {
  const actor = await requireRole(["ADMIN"]);
  const k = kindOf(kind);
  if (!k || typeof text !== "string") return { ok: false, error: "unreadable" };
  const result = await runImport(actor, k, text);
  if (result.ok) revalidatePath("/admin", "layout");
  return result;
}
