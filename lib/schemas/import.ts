import { z } from "zod";
import { IMPORT_KINDS } from "@/lib/domain/import-csv";

/** A CSV file read in the browser, sent as text with its kind (the file's own checks are the domain's). */
export const importFileSchema = z.object({ kind: z.enum(IMPORT_KINDS), text: z.string() });
export type ImportFileInput = z.infer<typeof importFileSchema>;
