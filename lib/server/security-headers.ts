// The rules of proxy.ts, as plain functions (unit-tested in tests/unit/security-headers.test.ts).
// No `import "server-only"`: the proxy is bundled apart from React's server layer.

import { attachmentMaxBytes, INBOUND_MAX_BYTES } from "@/lib/domain/attachments";

export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** 128 random bits, base64: a CSP nonce. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts only with this response's nonce ('strict-dynamic': and what they load).
 * Styles: the app's stylesheets; React's `style` attributes (server-rendered, e.g. a
 * progress bar's width) need `style-src-attr 'unsafe-inline'`, which cannot run code.
 * The dev mailbox's email frame is `srcdoc` (it inherits this policy) and sandboxed
 * without scripts; its inline styles are attributes or <style> blocks, allowed by
 * `style-src-elem` only with the nonce — the emails use attributes (lib/server/mail).
 * `next dev` evaluates its modules with eval() and injects <style> elements.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", development ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(development ? ["ws:"] : [])],
    "frame-src": ["'self'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** A request id from the client (or a proxy) is kept only when it cannot disturb a log line. */
export function isSafeRequestId(value: string | null): value is string {
  return value !== null && /^[A-Za-z0-9._:-]{8,100}$/.test(value);
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

/**
 * A POST that may be a server action must come from a page of ours: an Origin header
 * naming the host it was sent to (X-Forwarded-Host counts only behind a trusted proxy)
 * or APP_URL's host. No Origin (a hand-made request), "null" (a sandboxed frame, a
 * privacy redirect) or another site: refused.
 */
export function isAllowedActionOrigin(request: {
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
  appUrl: string | undefined;
}): boolean {
  const origin = hostOf(request.origin);
  if (!origin) return false;
  const forwarded = request.forwardedHost?.split(",")[0]?.trim() || null;
  const allowed = [request.host, forwarded, hostOf(request.appUrl)].filter(Boolean);
  return allowed.includes(origin);
}

/**
 * The path must decode (`%E0%A4%A` does not): Next.js would throw a URIError while
 * matching a dynamic segment, a 500, before any page code runs.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Largest bodies: a server action carries at most the CSV import (bodySizeLimit 5mb); Auth.js's forms are small. */
export const MAX_ACTION_BODY = 5 * 1024 * 1024;
export const MAX_API_BODY = 64 * 1024;
/** No form nests deeper; React's decoder overflows its stack on 10,000. */
export const MAX_BODY_DEPTH = 64;
/** Room for a multipart upload's boundaries and headers around the document itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * The routes that take raw bytes, not JSON: an inbound email (POST /api/inbound/email) and
 * a document upload (POST /api/attachments). Their limits are their own (25 MB, and
 * ATTACHMENT_MAX_BYTES plus the multipart framing), they are not scanned for nesting
 * (a PDF is full of brackets), and each route enforces its limit again while it reads.
 */
export function rawBodyLimit(pathname: string, env: Record<string, string | undefined>): number | null {
  if (pathname === "/api/inbound/email") return INBOUND_MAX_BYTES;
  if (pathname === "/api/attachments") return attachmentMaxBytes(env) + MULTIPART_OVERHEAD;
  return null;
}

/**
 * How deeply brackets nest in a request body, counted on the raw text (JSON or the
 * JSON parts of a multipart body), stopping as soon as `limit` is passed.
 */
export function nestingExceeds(body: string, limit = MAX_BODY_DEPTH): boolean {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return false;
}
