import "server-only";
import { fileTypeFromBuffer } from "file-type";

/** The MIME type read from a document's first bytes (file-type), or null when unknown. */
export async function sniffContentType(bytes: Uint8Array): Promise<string | null> {
  try {
    return (await fileTypeFromBuffer(bytes))?.mime ?? null;
  } catch {
    return null;
  }
}
