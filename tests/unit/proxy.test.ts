import { afterEach, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";
import { contentSecurityPolicy, isAllowedActionOrigin } from "@/lib/server/security-headers";

const at = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new NextRequest(`http://portail.test${path}`, { method: init.method ?? "GET", headers: { host: "portail.test", ...init.headers }, body: init.body });

afterEach(() => vi.unstubAllEnvs());

describe("proxy: HSTS", () => {
  const cases: [string, Record<string, string>, string | undefined, boolean][] = [
    ["plain http", {}, undefined, false],
    ["https claimed, no trusted proxy", { "x-forwarded-proto": "https" }, undefined, false],
    ["plain http behind the trusted proxy", { "x-forwarded-proto": "http" }, "1", false],
    ["https behind the trusted proxy", { "x-forwarded-proto": "https" }, "1", true],
  ];
  it.each(cases)("%s", async (_name, headers, trustProxy, expected) => {
    if (trustProxy) vi.stubEnv("TRUST_PROXY", trustProxy);
    const response = await proxy(at("/login", { headers }));
    expect(response.headers.has("strict-transport-security")).toBe(expected);
  });
});

describe("proxy: server actions' origin", () => {
  const post = (headers: Record<string, string>) => proxy(at("/learner/contact", { method: "POST", headers: { "next-action": "abc", ...headers } }));
  const cases: [string, Record<string, string>, string | undefined, number][] = [
    ["same origin", { origin: "http://portail.test" }, undefined, 200],
    ["no origin", {}, undefined, 403],
    ["origin null", { origin: "null" }, undefined, 403],
    ["another site", { origin: "https://attacker.example" }, undefined, 403],
    ["another site naming itself in X-Forwarded-Host, no trusted proxy", { origin: "https://attacker.example", "x-forwarded-host": "attacker.example" }, undefined, 403],
    ["the public host in X-Forwarded-Host behind the trusted proxy", { origin: "https://ecole.example.fr", "x-forwarded-host": "ecole.example.fr" }, "1", 200],
  ];
  it.each(cases)("%s", async (_name, headers, trustProxy, status) => {
    if (trustProxy) vi.stubEnv("TRUST_PROXY", trustProxy);
    expect((await post(headers)).status).toBe(status);
  });

  it("APP_URL's host is accepted when the Host header is internal", () => {
    expect(isAllowedActionOrigin({ origin: "https://ecole.example.fr", host: "10.0.0.5:3000", forwardedHost: null, appUrl: "https://ecole.example.fr" })).toBe(true);
    expect(isAllowedActionOrigin({ origin: "https://ecole.example.fr.attacker.example", host: "10.0.0.5:3000", forwardedHost: null, appUrl: "https://ecole.example.fr" })).toBe(false);
  });

  it("route handlers under /api keep their own checks (Auth.js has its CSRF token)", async () => {
    expect((await proxy(at("/api/auth/callback/credentials", { method: "POST" }))).status).toBe(200);
  });
});

describe("proxy: CSP and request id", () => {
  it("sets a fresh nonce on the request (for Next.js) and the response", async () => {
    const [a, b] = [await proxy(at("/login")), await proxy(at("/login"))];
    const policyA = a.headers.get("content-security-policy")!;
    expect(policyA).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'; /);
    expect(policyA).not.toBe(b.headers.get("content-security-policy"));
    // NextResponse.next({ request: { headers } }) passes request headers on as x-middleware-request-*.
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(policyA);
  });

  it("keeps a plausible request id, replaces anything else", async () => {
    expect((await proxy(at("/login", { headers: { "x-request-id": "lb-0123456789" } }))).headers.get("x-request-id")).toBe("lb-0123456789");
    expect((await proxy(at("/login", { headers: { "x-request-id": "<script>alert(1)</script>" } }))).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("never allows inline or eval'd scripts outside `next dev`", () => {
    const production = contentSecurityPolicy("n");
    expect(production).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|style-src [^;]*unsafe-inline/);
    expect(contentSecurityPolicy("n", true)).toMatch(/script-src [^;]*'unsafe-eval'/);
  });
});

describe("proxy: bad input answered before it reaches a route", () => {
  const same = { origin: "http://portail.test", "next-action": "abc" };
  it.each([
    ["a path that does not percent-decode", at("/advisor/learners/%E0%A4%A"), 400],
    ["a lone percent sign", at("/learner/requests/%ZZ"), 400],
    ["a well-encoded path", at("/advisor/learners/%C3%A9"), 200],
    ["JSON nested 10,000 deep to an action", at("/login", { method: "POST", headers: same, body: `[${"[".repeat(10_000)}1${"]".repeat(10_000)}]` }), 400],
    ["JSON nested 10,000 deep to Auth.js, signed out", at("/api/auth/callback/credentials", { method: "POST", body: `${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}` }), 400],
    ["a body over 64 KB to Auth.js", at("/api/auth/callback/credentials", { method: "POST", body: "a".repeat(70_000) }), 413],
    ["a body over 5 MB to an action", at("/login", { method: "POST", headers: same, body: "a".repeat(5 * 1024 * 1024 + 1) }), 413],
    ["an ordinary action", at("/login", { method: "POST", headers: same, body: '[{"email":"a@b.fr","password":"x"}]' }), 200],
    // Raw bytes: an inbound email and a document upload are not JSON (a PDF is full of brackets).
    ["an inbound email of 1 MB, brackets 10,000 deep", at("/api/inbound/email", { method: "POST", body: `${"[".repeat(10_000)}${"a".repeat(1024 * 1024)}` }), 200],
    ["an inbound email over 25 MB", at("/api/inbound/email", { method: "POST", headers: { "content-length": String(25 * 1024 * 1024 + 1) }, body: "a" }), 413],
    ["a 6 MB document upload", at("/api/attachments", { method: "POST", body: "a".repeat(6 * 1024 * 1024) }), 200],
    ["a document upload over 10 MB and its framing", at("/api/attachments", { method: "POST", headers: { "content-length": String(10 * 1024 * 1024 + 65 * 1024) }, body: "a" }), 413],
    ["another API route still at 64 KB", at("/api/health", { method: "POST", body: "a".repeat(70_000) }), 413],
  ])("%s → %i", async (_name, request, status) => {
    expect((await proxy(request)).status).toBe(status);
  });
});
