// Item 4 of issue 11: the admin's dev mailbox exists only without SMTP and outside
// production, masks every link, audits each read — and gives no way into an account.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { getOutboxEmail, listOutbox } from "@/lib/server/data/outbox";
import { processPasswordResetRequests, requestPasswordReset, setPasswordWithToken } from "@/lib/server/data/auth-tokens";
import { verifyCredentials } from "@/lib/server/auth/credentials";
import { createUserAccount } from "@/lib/server/data/users";
import { devMailboxEnabled, maskSecrets, MASK } from "@/lib/domain/dev-mailbox";
import { uniqueEmail, staffAccountInput } from "@/tests/factories";

const db = freshDatabase();
let admin: Actor;

beforeAll(async () => {
  admin = actorOf(await createUser(db(), { role: "ADMIN" }));
});
afterEach(() => vi.unstubAllEnvs());

describe("the dev mailbox", () => {
  it.each([
    [{}, true],
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "test" }, true],
    [{ NODE_ENV: "production" }, false],
    [{ SMTP_URL: "smtp://127.0.0.1:2525" }, false],
  ])("env %j: enabled = %s", (env, enabled) => {
    expect(devMailboxEnabled(env)).toBe(enabled);
  });

  it("answers not found once SMTP_URL is set, and in production", async () => {
    await db().$transaction((tx) => tx.emailOutbox.create({ data: { toAddress: "a@demo.test", subject: "S", textBody: "t", htmlBody: "h", template: "test" } }));
    const id = (await db().emailOutbox.findFirstOrThrow()).id;
    await expect(listOutbox(admin)).resolves.toBeTruthy();
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
    await expect(listOutbox(admin)).rejects.toThrow("mailbox");
    await expect(getOutboxEmail(admin, id)).rejects.toThrow("mailbox");
    vi.unstubAllEnvs();
    vi.stubEnv("NODE_ENV", "production");
    await expect(listOutbox(admin)).rejects.toThrow("mailbox");
    await expect(getOutboxEmail(admin, id)).rejects.toThrow("mailbox");
  });

  it("masks link tokens", () => {
    const raw = "abcdefghijABCDEFGHIJ0123456789_-abcdefghijk";
    expect(maskSecrets(`Lien : http://x.test/set-password/${raw}\n`)).toBe(`Lien : http://x.test/set-password/${MASK}\n`);
    expect(maskSecrets(`<a href="http://x.test/set-password/${raw}">ok</a>`)).toBe(`<a href="http://x.test/set-password/${MASK}">ok</a>`);
    expect(maskSecrets(`other ${raw} link`)).toBe(`other ${MASK} link`);
  });

  it("an admin cannot take over an account through it: no usable token, and the read is audited", async () => {
    const victim = await createUser(db(), { role: "ADVISOR", password: "le mot de passe de la victime" });
    // The admin asks for a reset of the victim's password (the public form), the worker sends it.
    await requestPasswordReset(victim.email, "192.0.2.1");
    expect((await processPasswordResetRequests()).sent).toBe(1);
    // An invitation too: another kind of link.
    const invited = uniqueEmail("invited");
    await createUserAccount(admin, staffAccountInput(invited));

    for (const to of [victim.email, invited]) {
      const listed = (await listOutbox(admin)).items.find((e) => e.toAddress === to);
      expect(listed).toBeTruthy();
      const read = await getOutboxEmail(admin, listed!.id);
      const stored = await db().emailOutbox.findUniqueOrThrow({ where: { id: listed!.id } });
      const realToken = /\/set-password\/([A-Za-z0-9_-]+)/.exec(stored.textBody)![1]!;
      // What the admin sees holds no part of the real token, only the mask.
      for (const body of [read.textBody, read.htmlBody]) {
        expect(body).toContain(`/set-password/${MASK}`);
        expect(body).not.toContain(realToken);
        expect(body).not.toContain(realToken.slice(0, 16));
      }
      // Whatever looks like a token in what was shown does not work.
      const candidates = [...`${read.textBody} ${read.htmlBody}`.matchAll(/[A-Za-z0-9_-]{20,}/g)].map((m) => m[0]);
      for (const candidate of candidates) expect(await setPasswordWithToken(candidate, "mot de passe de l'admin")).toBe("invalid");
      expect(await setPasswordWithToken(MASK, "mot de passe de l'admin")).toBe("invalid");
      const audit = await db().auditLog.findFirst({ where: { action: "mailbox.email.read", entityId: listed!.id } });
      expect(audit).toMatchObject({ actorId: admin.id, entityType: "EmailOutbox" });
    }
    // The victim's password still works; the admin's does not.
    expect(await verifyCredentials(victim.email, "le mot de passe de la victime", "192.0.2.2")).toEqual({ id: victim.id });
    expect(await verifyCredentials(victim.email, "mot de passe de l'admin", "192.0.2.3")).toBeNull();
  });
});
