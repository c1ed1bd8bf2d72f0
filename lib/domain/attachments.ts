// What a request may carry as documents: PDF, images and office documents, each at
// most ATTACHMENT_MAX_BYTES (10 MB by default). The type is the one sniffed from the
// content (lib/server/attachment-type.ts), never the name's extension or what the
// client or the email claimed.
import type { RequestTopic } from "@prisma/client";
import { TOPICS } from "./responsibility";

export const DEFAULT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** At most this many documents go with one request, reply or email. */
export const MAX_ATTACHMENTS = 5;
/** An inbound email larger than this is refused whole (SMTP 552, HTTP 413). */
export const INBOUND_MAX_BYTES = 25 * 1024 * 1024;

/** Sniffed MIME type → the extension a download gets. */
export const ALLOWED_TYPES: Record<string, string> = {
  "application/pdf": "pdf",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
  "image/heic": "heic",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
  // Word 97–2003 and Excel 97–2003 (.doc, .xls) are OLE compound files.
  "application/x-cfb": "doc",
};

/** What a file input offers (a hint only: the server sniffs the content). */
export const ACCEPT_ATTRIBUTE = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.heic,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp";

export type AttachmentRefusal = "tooLarge" | "empty" | "type";

/** Why a document is refused (sniffed type, byte count), or null when it is accepted. */
export function attachmentRefusal(sniffedType: string | null, size: number, maxBytes: number): AttachmentRefusal | null {
  if (size === 0) return "empty";
  if (size > maxBytes) return "tooLarge";
  if (!sniffedType || !(sniffedType in ALLOWED_TYPES)) return "type";
  return null;
}

/** ATTACHMENT_MAX_BYTES as lib/server/env.ts checked it, else 10 MB. */
export function attachmentMaxBytes(source: Record<string, string | undefined>): number {
  const value = Number(source.ATTACHMENT_MAX_BYTES);
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_ATTACHMENT_MAX_BYTES;
}

/**
 * A name safe to store and show: no path, no control characters, at most 120
 * characters, keeping the extension; the sniffed type's extension when there is none.
 */
export function safeFilename(name: string | null | undefined, sniffedType: string): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  const cleaned = base.normalize("NFC").replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "").replace(/\s+/g, " ").trim();
  const fallbackExt = ALLOWED_TYPES[sniffedType] ?? "bin";
  const named = cleaned && cleaned !== "." && cleaned !== ".." ? cleaned : `document.${fallbackExt}`;
  const withExt = /\.[A-Za-z0-9]{1,5}$/.test(named) ? named : `${named}.${fallbackExt}`;
  if (withExt.length <= 120) return withExt;
  const ext = withExt.slice(withExt.lastIndexOf("."));
  return withExt.slice(0, 120 - ext.length) + ext;
}

/** Content-Disposition for a download: always `attachment`, the name in ASCII and in UTF-8 (RFC 6266). */
export function contentDisposition(filename: string): string {
  const ascii = filename.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\;]/g, "_") || "document";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Documents on a health, absence or RQTH topic are special-category data (DOMAIN.md). */
export function isSpecialCategoryTopic(topic: RequestTopic): boolean {
  return TOPICS[topic].sensitive;
}

/** At most this many bytes of documents go with one outgoing email; the rest stay in the portal. */
export const EMAIL_ATTACHMENTS_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Which of a reply's documents the email to the requester carries, in order, and how
 * many stay in the portal: none travel on a special-category topic (health, absence,
 * RQTH: an email is neither confidential nor recallable), and the others only while
 * the email stays under EMAIL_ATTACHMENTS_MAX_BYTES.
 */
export function emailDocuments(topic: RequestTopic, documents: readonly { id: string; sizeBytes: number }[]): { attach: string[]; inPortal: number } {
  if (isSpecialCategoryTopic(topic)) return { attach: [], inPortal: documents.length };
  const attach: string[] = [];
  let total = 0;
  for (const document of documents) {
    if (total + document.sizeBytes > EMAIL_ATTACHMENTS_MAX_BYTES) continue;
    attach.push(document.id);
    total += document.sizeBytes;
  }
  return { attach, inPortal: documents.length - attach.length };
}
