import "server-only";
import { createHash } from "node:crypto";
import { simpleParser, type AddressObject, type HeaderValue, type ParsedMail } from "mailparser";
import EmailReplyParser from "email-reply-parser";
import { convert } from "html-to-text";
import { REPLY_MAX } from "@/lib/schemas/triage";

// An inbound email, read: who sent it, to which addresses, whether a machine sent it
// (auto-reply, bounce), and the new text only (quoted history and signature removed
// by email-reply-parser, HTML-only messages converted to text by mailparser). Never
// throws: a message mailparser cannot read comes back as "malformed".

export type InboundAttachment = { filename: string | null; content: Buffer };

export type ParsedInbound = {
  /** The Message-ID, or a hash of the bytes when there is none: what makes a replay a no-op. */
  messageKey: string;
  from: string | null;
  recipients: string[];
  subject: string | null;
  /** The new text, trimmed (may be empty: a message with only a document). */
  body: string;
  /** "auto-reply" or "bounce" when a machine sent it, else null. */
  automatic: "auto-reply" | "bounce" | null;
  attachments: InboundAttachment[];
  malformed: boolean;
};

export type Envelope = { from?: string | null; to?: string[] };

const hashKey = (raw: Buffer) => `sha256:${createHash("sha256").update(raw).digest("hex")}`;

function addresses(value: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  const out: string[] = [];
  const walk = (items: AddressObject["value"]) => {
    for (const item of items) {
      if (item.address) out.push(item.address.toLowerCase());
      if (item.group) walk(item.group);
    }
  };
  for (const a of list) walk(a.value);
  return out;
}

function headerText(value: HeaderValue | undefined): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map((v) => headerText(v as HeaderValue)).join(",");
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && "value" in value) {
    const v = (value as { value: unknown }).value;
    return typeof v === "string" ? v : Array.isArray(v) ? addresses(value as AddressObject).join(",") : "";
  }
  return "";
}

/** A machine's message: an auto-reply (RFC 3834, Precedence, vendor headers) or a delivery status notification. */
export function automaticKind(mail: ParsedMail, envelope: Envelope, from: string | null): ParsedInbound["automatic"] {
  const h = mail.headers;
  const contentType = headerText(h.get("content-type")).toLowerCase();
  if (contentType.startsWith("multipart/report") || contentType.includes("delivery-status")) return "bounce";
  if (envelope.from === "" || envelope.from === "<>") return "bounce";
  if (from && /^(mailer-daemon|postmaster)@/.test(from)) return "bounce";
  const autoSubmitted = headerText(h.get("auto-submitted")).trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== "no") return "auto-reply";
  if (/^(bulk|junk|list|auto_reply)$/.test(headerText(h.get("precedence")).trim().toLowerCase())) return "auto-reply";
  if (h.has("x-autoreply") || h.has("x-autorespond") || h.has("x-autoresponse")) return "auto-reply";
  return null;
}

/** The new text of a reply: quoted history and signature removed, at most the reply form's length. */
export function visibleText(text: string): string {
  const normalized = text.replace(/\r\n?/g, "\n").replace(/\u0000/g, "");
  let visible: string;
  try {
    visible = new EmailReplyParser().read(normalized).getVisibleText();
  } catch {
    visible = normalized;
  }
  return visible.trim().slice(0, REPLY_MAX);
}

/**
 * An HTML-only message as plain text: no tags, scripts, styles, images or link targets
 * (the thread shows text only); quotes keep their "> " so the reply parser drops them.
 */
function htmlAsText(html: string): string {
  try {
    return convert(html, {
      wordwrap: false,
      selectors: [
        { selector: "a", options: { ignoreHref: true } },
        { selector: "img", format: "skip" },
        { selector: "script", format: "skip" },
        { selector: "style", format: "skip" },
        { selector: "head", format: "skip" },
      ],
    });
  } catch {
    return "";
  }
}

function messageIdOf(mail: ParsedMail): string | null {
  const id = mail.messageId?.trim();
  return id && id.length <= 500 ? id : null;
}

export async function parseInbound(raw: Buffer, envelope: Envelope = {}): Promise<ParsedInbound> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  } catch {
    return { messageKey: hashKey(raw), from: null, recipients: envelope.to?.map((a) => a.toLowerCase()) ?? [], subject: null, body: "", automatic: null, attachments: [], malformed: true };
  }
  const from = addresses(mail.from)[0] ?? null;
  const deliveredTo = ["delivered-to", "x-original-to", "envelope-to"].flatMap((name) =>
    headerText(mail.headers.get(name))
      .split(",")
      .map((a) => a.replace(/[<>]/g, "").trim().toLowerCase())
      .filter(Boolean),
  );
  const recipients = [...(envelope.to ?? []).map((a) => a.toLowerCase()), ...deliveredTo, ...addresses(mail.to), ...addresses(mail.cc)];
  // An HTML-only message is converted here, the same way whether or not it carries a
  // document (mailparser converts it only when it does not, and keeps image sources).
  const htmlOnly = typeof mail.html === "string" && !/^content-type:[ \t]*text\/plain/im.test(raw.toString("latin1"));
  const text = htmlOnly ? htmlAsText(mail.html as string) : typeof mail.text === "string" ? mail.text : "";
  return {
    messageKey: messageIdOf(mail) ?? hashKey(raw),
    from,
    recipients,
    subject: mail.subject ? mail.subject.replace(/[\r\n]+/g, " ").slice(0, 300) : null,
    body: visibleText(text),
    automatic: automaticKind(mail, envelope, from),
    attachments: (mail.attachments ?? [])
      // A small image embedded in the HTML (multipart/related) is a signature's logo, not a document.
      .filter((a) => !(a.related && a.contentType.startsWith("image/") && a.size < 50_000))
      .map((a) => ({ filename: a.filename ?? null, content: a.content })),
    malformed: false,
  };
}
