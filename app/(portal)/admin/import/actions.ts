"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { refuse } from "@/lib/server/errors";
import { importFileSchema } from "@/lib/schemas/import";
import { previewImport, runImport } from "@/lib/server/data/import";

// A file the import cannot read is refused with its `admin.import.fileErrors`
// key (and the missing columns, if any); a row error found at import time
// (the database changed since the preview) is refused as "rowErrors".

const fileError = (error: string, columns?: string[], line?: number) => refuse.form(error, { columns: (columns ?? []).join(", "), line: line ?? 0 });

/** Reads the file and answers, row by row, what the import would do; writes nothing. */
export const previewImportAction = action("admin.previewImport")
  .roles(["ADMIN"])
  .schema(importFileSchema)
  .run(async (actor, { kind, file }) => {
    const preview = await previewImport(actor, kind, file);
    if (!preview.ok) return fileError(preview.error, preview.columns, preview.line);
    return { counts: preview.counts, rows: preview.rows };
  });

/** Imports the file in one transaction (all rows or none). */
export const runImportAction = action("admin.runImport")
  .roles(["ADMIN"])
  .schema(importFileSchema)
  .run(async (actor, { kind, file }) => {
    const result = await runImport(actor, kind, file);
    if (!result.ok) return fileError(result.error, result.columns, result.line);
    revalidatePath("/admin", "layout");
    return { created: result.created, updated: result.updated, unchanged: result.unchanged, elapsedMs: result.elapsedMs };
  });
