import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { startTestSmtp, type TestSmtp } from "./support/smtp";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { deliverDueEmails, MAX_ATTEMPTS } from "@/lib/server/mail/delivery";
import { smtpSender } from "@/lib/server/mail/transport";
import { renderEmail } from "@/lib/server/mail/render";
import { getOutboxEmail, listOutbox } from "@/lib/server/data/outbox";
import { createUser } from "@/tests/factories";
import type { Role } from "@prisma/client";
import type { Actor } from "@/lib/server/auth/actor";
import { ROLES } from "@/lib/domain/roles";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";

const db = freshDatabase();
let smtp: TestSmtp;

beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.stop();
});
beforeEach(async () => {
  await db().emailOutbox.deleteMany();
  smtp.messages.length = 0;
});

async function enqueue(count: number, prefix = "Message") {
  await db().$transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      const content = renderEmail({ locale: "fr", subject: `${prefix} ${i}`, paragraphs: [`Corps <b>${i}</b>`] });
      await enqueueEmail(tx, { to: `dest${i}@demo.test`, template: "test", ...content });
    }
  });
}

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

describe("the email outbox", () => {
  it("is written in the caller's transaction: a rollback leaves no email", async () => {
    await expect(
      db().$transaction(async (tx) => {
        await enqueueEmail(tx, { to: "x@demo.test", template: "test", subject: "s", text: "t", html: "<p>t</p>" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db().emailOutbox.count()).toBe(0);
  });

  it("sends pending emails through SMTP, text and escaped HTML, and marks them sent", async () => {
    await enqueue(3);
    const report = await deliverDueEmails(smtpSender(smtp.url)!);
    expect(report).toEqual({ sent: 3, retrying: 0, failed: 0 });
    expect(smtp.messages.map((m) => m.subject).sort()).toEqual(["Message 0", "Message 1", "Message 2"]);
    const first = smtp.messages.find((m) => m.subject === "Message 0")!;
    expect(first.text).toContain("Corps <b>0</b>");
    expect(first.html).toContain("Corps &lt;b&gt;0&lt;/b&gt;");
    expect(await db().emailOutbox.count({ where: { status: "SENT", sentAt: { not: null } } })).toBe(3);
    expect(await deliverDueEmails(smtpSender(smtp.url)!)).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it("with the SMTP server down, emails wait, then are all delivered once when it is back", async () => {
    await enqueue(4, "Retry");
    await smtp.stop();
    const down = await deliverDueEmails(smtpSender(smtp.url)!);
    expect(down).toEqual({ sent: 0, retrying: 4, failed: 0 });
    expect(await db().emailOutbox.count({ where: { status: "PENDING", attempts: 1, lastError: { not: null } } })).toBe(4);
    // Backoff: nothing is due again straight away.
    await smtp.restart();
    expect(await deliverDueEmails(smtpSender(smtp.url)!)).toEqual({ sent: 0, retrying: 0, failed: 0 });
    // A minute later they are due, and each goes out exactly once.
    expect(await deliverDueEmails(smtpSender(smtp.url)!, minutes(2))).toEqual({ sent: 4, retrying: 0, failed: 0 });
    expect(await deliverDueEmails(smtpSender(smtp.url)!, minutes(60))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.messages.map((m) => m.subject).sort()).toEqual(["Retry 0", "Retry 1", "Retry 2", "Retry 3"]);
  });

  it("several workers at once never send the same email twice", async () => {
    await enqueue(40, "Parallel");
    const send = smtpSender(smtp.url)!;
    const reports = await Promise.all([1, 2, 3, 4].map(() => deliverDueEmails(send, new Date(), 15)));
    const total = reports.reduce((sum, r) => sum + r.sent, 0);
    const rest = await deliverDueEmails(send, new Date(), 100);
    expect(total + rest.sent).toBe(40);
    const subjects = smtp.messages.map((m) => m.subject);
    expect(subjects).toHaveLength(40);
    expect(new Set(subjects).size).toBe(40);
  });

  it(`marks an email failed after ${MAX_ATTEMPTS} attempts`, async () => {
    await enqueue(1, "Doomed");
    const failing = async () => {
      throw new Error("mailbox unavailable");
    };
    let at = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverDueEmails(failing, new Date(at));
      at += 2 * 60 * 60_000;
    }
    const email = await db().emailOutbox.findFirstOrThrow();
    expect(email).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, lastError: "mailbox unavailable" });
    expect(await deliverDueEmails(failing, new Date(at + 86_400_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });
});

describe("the dev mailbox (outbox data functions)", () => {
  const actors = {} as Record<Role, Actor>;
  let emailId = "";
  beforeAll(async () => {
    for (const role of ROLES) actors[role] = actorOf(await createUser(db(), { role }));
  });
  beforeEach(async () => {
    await enqueue(1, "Visible");
    emailId = (await db().emailOutbox.findFirstOrThrow()).id;
  });

  const MATRIX: AccessRow[] = [
    { name: "listOutbox", call: (a) => listOutbox(a), allowed: ["ADMIN"] },
    { name: "getOutboxEmail", call: (a) => getOutboxEmail(a, emailId), allowed: ["ADMIN"] },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  // The writers run in their caller's transaction; the worker claims and marks deliveries.
  const SYSTEM = ["enqueueEmail", "enqueueEmails", "claimDueEmails", "markEmailSent", "markEmailAttemptFailed"];

  it("every exported function of outbox.ts has a row (or is a system function)", async () => {
    await expectEveryExportCovered(import.meta.glob("../../lib/server/data/outbox.ts"), MATRIX, SYSTEM);
  });

  it("lists pending emails with counts, and an unknown id is not found", async () => {
    const page = await listOutbox(actors.ADMIN);
    expect(page.items.map((e) => e.subject)).toEqual(["Visible 0"]);
    expect(page.counts.PENDING).toBe(1);
    await expect(getOutboxEmail(actors.ADMIN, "nope")).rejects.toThrow("email");
  });
});
