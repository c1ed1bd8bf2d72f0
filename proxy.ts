import { NextResponse, type NextRequest } from "next/server";
import {
  contentSecurityPolicy,
  isAllowedActionOrigin,
  isDecodablePath,
  isSafeRequestId,
  MAX_ACTION_BODY,
  MAX_API_BODY,
  nestingExceeds,
  newNonce,
  rawBodyLimit,
  STRICT_TRANSPORT_SECURITY,
} from "@/lib/server/security-headers";

// Next.js 16's proxy (formerly middleware), run before every page and route handler:
// - a Content-Security-Policy with a fresh nonce, set on the request too, where
//   Next.js reads it to put the nonce on its own scripts (so pages render dynamically);
// - a request id (`x-request-id`), kept when the client's is plausible, for the logs;
// - server actions (any POST outside /api) only from our own origin: Next.js lets a
//   request without an Origin header through, and trusts X-Forwarded-Host;
// - bad input answered here rather than by a 500 further on: a path that does not
//   percent-decode (400), a body over the size limit (413) or nested too deep (400);
//   an inbound email and a document upload have their own, larger limits and are not
//   scanned (security-headers.ts rawBodyLimit);
// - HSTS only over HTTPS behind a proxy we trust (TRUST_PROXY=1 and
//   `x-forwarded-proto: https`): on plain http a browser ignores it, and an
//   untrusted client could otherwise ask for it.
// Static headers (Permissions-Policy, COOP, nosniff…) are in next.config.mjs.

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export async function proxy(request: NextRequest) {
  const refusal = await refuseBadInput(request);
  if (refusal) return refusal;
  const trustProxy = process.env.TRUST_PROXY === "1";
  const headers = new Headers(request.headers);
  // Without a trusted proxy in front, X-Forwarded-Host is whatever the client wrote:
  // Next.js and Auth.js would build URLs and check origins against it.
  if (!trustProxy) {
    const host = headers.get("host");
    if (host) headers.set("x-forwarded-host", host);
    else headers.delete("x-forwarded-host");
  }

  const requestId = isSafeRequestId(headers.get("x-request-id")) ? headers.get("x-request-id")! : crypto.randomUUID();
  headers.set("x-request-id", requestId);

  if (request.method === "POST" && !request.nextUrl.pathname.startsWith("/api/")) {
    const allowed = isAllowedActionOrigin({
      origin: request.headers.get("origin"),
      host: headers.get("host"),
      forwardedHost: trustProxy ? request.headers.get("x-forwarded-host") : null,
      appUrl: process.env.APP_URL,
    });
    if (!allowed) {
      return new NextResponse(null, { status: 403, headers: { "x-request-id": requestId } });
    }
  }

  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  response.headers.set("x-request-id", requestId);
  if (trustProxy && request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https") {
    response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  }
  return response;
}

export const config = {
  matcher: [
    // Not Next.js's static files (hashed, no HTML) nor the icon; prefetches render no HTML either.
    {
      source: "/((?!_next/static|_next/image|icon.svg|favicon.ico|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};

async function refuseBadInput(request: NextRequest): Promise<NextResponse | null> {
  if (!isDecodablePath(request.nextUrl.pathname)) return new NextResponse(null, { status: 400 });
  if (!BODY_METHODS.has(request.method) || !request.body) return null;
  const raw = rawBodyLimit(request.nextUrl.pathname, process.env);
  if (raw !== null) {
    // Not read here: the route reads it as a stream and stops at the same limit.
    return Number(request.headers.get("content-length") ?? 0) > raw ? new NextResponse(null, { status: 413 }) : null;
  }
  const limit = request.nextUrl.pathname.startsWith("/api/") ? MAX_API_BODY : MAX_ACTION_BODY;
  if (Number(request.headers.get("content-length") ?? 0) > limit) return new NextResponse(null, { status: 413 });
  // Next.js hands the proxy a copy of the body (and the route the original).
  const body = await request.arrayBuffer();
  if (body.byteLength > limit) return new NextResponse(null, { status: 413 });
  if (nestingExceeds(new TextDecoder().decode(body))) return new NextResponse(null, { status: 400 });
  return null;
}
