import pg from "pg";
import { expect, sendContactForm, test, signInAs } from "./support";

// The headers of proxy.ts and next.config.mjs on the production build, and the origin
// check on server actions. (HSTS behind a trusted proxy, TRUST_PROXY=1, is unit-tested
// on the proxy itself: tests/unit/proxy.test.ts; this server runs without TRUST_PROXY.)

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

test("pages carry a strict CSP with a fresh nonce, and the other security headers", async ({ request }) => {
  const [first, second] = [await request.get("/login"), await request.get("/login")];
  const nonces: string[] = [];
  for (const response of [first, second]) {
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const csp = directives(headers["content-security-policy"] ?? "");
    const script = csp.get("script-src") ?? [];
    expect(script).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'"]));
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    expect(csp.get("style-src")).not.toContain("'unsafe-inline'");
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    const nonce = script.find((s) => s.startsWith("'nonce-"))!.slice(7, -1);
    // Next.js put the nonce on its own scripts.
    expect(await response.text()).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
    expect(headers["permissions-policy"]).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
    expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers["strict-transport-security"]).toBeUndefined();
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("no HSTS from a server not told it sits behind a trusted proxy, whatever the client claims", async ({ request }) => {
  const response = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
});

test("a client's request id is kept when plausible, replaced otherwise", async ({ request }) => {
  const kept = await request.get("/login", { headers: { "x-request-id": "lb-0123456789abcdef" } });
  expect(kept.headers()["x-request-id"]).toBe("lb-0123456789abcdef");
  const replaced = await request.get("/login", { headers: { "x-request-id": "a b\tc" } });
  expect(replaced.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("a server action posted from another site, with no Origin, or with a forged X-Forwarded-Host is refused, and writes nothing", async ({ page }) => {
  const subject = `Origine contrôlée ${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  const count = async () => Number((await client.query(`SELECT count(*) FROM "SupportRequest" WHERE subject = $1`, [subject])).rows[0].count);
  try {
    await signInAs(page, "LEARNER");
    await page.goto("/learner/contact");
    const statuses: number[] = [];
    // The browser's own request, replayed with other headers before it goes on unchanged.
    await page.route("**/learner/contact", async (route) => {
      const request = route.request();
      // Only the first post is replayed: a second one answers "a similar request exists" (sendContactForm).
      if (request.method() !== "POST" || statuses.length > 0) return route.fallback();
      const headers = await request.allHeaders();
      delete headers["content-length"]; // Playwright sets the length of what it sends
      expect(headers["next-action"]).toBeTruthy();
      const { origin, ...withoutOrigin } = headers;
      expect(origin).toBe(new URL(page.url()).origin);
      for (const variant of [
        { ...headers, origin: "https://attacker.example" },
        withoutOrigin,
        { ...headers, origin: "https://attacker.example", "x-forwarded-host": "attacker.example" },
      ]) {
        const replay = await page.request.fetch(request.url(), { method: "POST", headers: variant, data: request.postDataBuffer() ?? undefined });
        statuses.push(replay.status());
      }
      expect(await count()).toBe(0);
      await route.continue();
    });
    await page.getByLabel("Besoin d'une pause (maladie, congés…)").check();
    await page.getByLabel("Objet").fill(subject);
    await page.getByLabel("Motif de la pause").selectOption("HOLIDAYS");
    await page.getByLabel("Date de début").fill("2026-12-07");
    await page.getByLabel("Date de fin").fill("2026-12-18");
    await page.getByLabel("Votre message").fill("Une demande envoyée par la page elle-même.");
    await sendContactForm(page, "Envoyer ma demande");
    await expect(page.getByRole("status").first()).toContainText("a bien été envoyée");
    expect(statuses).toEqual([403, 403, 403]);
    // The page's own request (same origin) went through: one request, not four.
    expect(await count()).toBe(1);
  } finally {
    await client.end();
  }
});

test("the suite's fixture fails a test on a CSP violation (an inline script without the nonce)", async ({ page }) => {
  test.fail(); // the noCspViolation fixture of ./support must fail this test
  await page.goto("/login");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  await page.waitForTimeout(200);
});

test("malformed URLs and hostile bodies are answered 400/413, not 500, signed out", async ({ request, baseURL }) => {
  for (const path of ["/advisor/learners/%E0%A4%A", "/learner/requests/%ZZ", "/api/auth/%E0%A4%A", "/admin/import/template/%E0%A4%A"]) {
    expect((await request.get(path)).status(), path).toBe(400);
  }
  const headers = { origin: baseURL!, "next-action": "7f".padEnd(42, "0"), "content-type": "text/plain;charset=UTF-8" };
  const deep = `[${"[".repeat(10_000)}1${"]".repeat(10_000)}]`;
  expect((await request.post("/login", { headers, data: deep })).status()).toBe(400);
  expect((await request.post("/api/auth/callback/credentials", { headers: { "content-type": "application/json" }, data: deep })).status()).toBe(400);
  expect((await request.post("/login", { headers, data: "a".repeat(6 * 1024 * 1024) })).status()).toBe(413);
  expect((await request.post("/api/auth/callback/credentials", { headers: { "content-type": "application/x-www-form-urlencoded" }, data: "a".repeat(100_000) })).status()).toBe(413);
});
