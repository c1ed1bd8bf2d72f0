import { z } from "zod";
import "./zod-config";
import { IMPORT_KINDS } from "@/lib/domain/import-csv";

/**
 * A CSV file as its raw bytes, with its kind. The browser must not decode it
 * (`file.text()` reads UTF-8 only): the server detects the encoding
 * (lib/domain/csv-encoding.ts). Size and content checks are the domain's.
 */
export const importFileSchema = z.object({ kind: z.enum(IMPORT_KINDS), file: z.instanceof(Uint8Array) });
export type ImportFileInput = z.infer<typeof importFileSchema>;
