import "server-only";
import { currentActor } from "@/lib/server/auth/session";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { getLocale } from "@/lib/i18n/server";
import type { AppLocale } from "@/lib/i18n";
import { REPORT_ROLES } from "@/lib/domain/reports/figures";
import { fileResponse, notFoundResponse } from "./file-response";

export type DownloadFile = { body: string | Uint8Array; contentType: string; filename: string };

/**
 * A report download's route handler: signed out, another role, a malformed request (`make`
 * answers null) or a record out of the reader's scope (NotFoundError) all get the same 404.
 */
export async function reportDownload(make: (actor: Actor, locale: AppLocale) => Promise<DownloadFile | null>): Promise<Response> {
  const actor = await currentActor();
  if (!actor || !(REPORT_ROLES as readonly string[]).includes(actor.role)) return notFoundResponse();
  try {
    const file = await make(actor, await getLocale());
    return file ? fileResponse(file.body, file.contentType, file.filename) : notFoundResponse();
  } catch (error) {
    if (error instanceof NotFoundError) return notFoundResponse();
    throw error;
  }
}
