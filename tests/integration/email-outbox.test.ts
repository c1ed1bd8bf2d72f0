import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { startTestSmtp, type TestSmtp } from "./support/smtp";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { deliverDueEmails, MAX_ATTEMPTS } from "@/lib/server/mail/delivery";
import { smtpSender } from "@/lib/server/mail/transport";
import { renderEmail } from "@/lib/server/mail/render";
import { claimNextEmail, getOutboxEmail, listOutbox, markEmailAttemptFailed, markEmailSent, renewEmailLease } from "@/lib/server/data/outbox";
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
    expect(report).toEqual({ sent: 3, retrying: 0, failed: 0, lost: 0 });
    expect(smtp.messages.map((m) => m.subject).sort()).toEqual(["Message 0", "Message 1", "Message 2"]);
    const first = smtp.messages.find((m) => m.subject === "Message 0")!;
    expect(first.text).toContain("Corps <b>0</b>");
    expect(first.html).toContain("Corps &lt;b&gt;0&lt;/b&gt;");
    expect(await db().emailOutbox.count({ where: { status: "SENT", sentAt: { not: null } } })).toBe(3);
    expect(await deliverDueEmails(smtpSender(smtp.url)!)).toEqual({ sent: 0, retrying: 0, failed: 0, lost: 0 });
  });

  it("with the SMTP server down, emails wait, then are all delivered once when it is back", async () => {
    await enqueue(4, "Retry");
    await smtp.stop();
    const down = await deliverDueEmails(smtpSender(smtp.url)!);
    expect(down).toEqual({ sent: 0, retrying: 4, failed: 0, lost: 0 });
    expect(await db().emailOutbox.count({ where: { status: "PENDING", attempts: 1, lastError: { not: null } } })).toBe(4);
    // Backoff: nothing is due again straight away.
    await smtp.restart();
    expect(await deliverDueEmails(smtpSender(smtp.url)!)).toEqual({ sent: 0, retrying: 0, failed: 0, lost: 0 });
    // A minute later they are due, and each goes out exactly once.
    expect(await deliverDueEmails(smtpSender(smtp.url)!, { clock: () => minutes(2) })).toEqual({ sent: 4, retrying: 0, failed: 0, lost: 0 });
    expect(await deliverDueEmails(smtpSender(smtp.url)!, { clock: () => minutes(60) })).toEqual({ sent: 0, retrying: 0, failed: 0, lost: 0 });
    expect(smtp.messages.map((m) => m.subject).sort()).toEqual(["Retry 0", "Retry 1", "Retry 2", "Retry 3"]);
  });

  it("several workers at once never send the same email twice", async () => {
    await enqueue(40, "Parallel");
    const send = smtpSender(smtp.url)!;
    const reports = await Promise.all([1, 2, 3, 4].map(() => deliverDueEmails(send, { limit: 15 })));
    const total = reports.reduce((sum, r) => sum + r.sent, 0);
    const rest = await deliverDueEmails(send, { limit: 100 });
    expect(total + rest.sent).toBe(40);
    const subjects = smtp.messages.map((m) => m.subject);
    expect(subjects).toHaveLength(40);
    expect(new Set(subjects).size).toBe(40);
  });

  it("leases each email on its own: a worker whose lease ran out marks nothing, the new holder does", async () => {
    await enqueue(2, "Lease");
    const t0 = new Date();
    const first = (await claimNextEmail(t0, 1000))!;
    const other = (await claimNextEmail(t0, 1000))!;
    expect(other.email.id).not.toBe(first.email.id); // the second email is not held by the first claim
    expect(await claimNextEmail(t0, 1000)).toBeNull();

    const later = new Date(t0.getTime() + 1001); // the first lease is over (a stalled worker)
    const second = (await claimNextEmail(later, 1000))!;
    expect(second.email.id).toBe(first.email.id);
    expect(await renewEmailLease(first.email.id, first.token, later)).toBe(false);
    expect(await markEmailSent(first.email.id, first.token, later)).toBe(false);
    expect(await markEmailAttemptFailed(first.email.id, first.token, { lastError: "late", final: true, retryAt: later })).toBe(false);
    expect(await markEmailSent(second.email.id, second.token, later)).toBe(true);
    expect(await db().emailOutbox.findUniqueOrThrow({ where: { id: first.email.id } })).toMatchObject({ status: "SENT", attempts: 2, lastError: null, leaseToken: null });
  });

  it("reports a send whose lease was taken over meanwhile as lost, not sent", async () => {
    await enqueue(1, "Stalled");
    const now = new Date();
    // While this worker "sends", its lease runs out and another worker claims the email.
    const stalled = async () => {
      await claimNextEmail(new Date(now.getTime() + 60_000), 30_000);
    };
    expect(await deliverDueEmails(stalled, { clock: () => now, leaseMs: 30_000 })).toEqual({ sent: 0, retrying: 0, failed: 0, lost: 1 });
    expect(await db().emailOutbox.findFirstOrThrow()).toMatchObject({ status: "PENDING", attempts: 2 });
  });

  it("an email claimed by a worker that died is sent by another once the lease is over", async () => {
    await enqueue(1, "Orphan");
    const now = new Date();
    await claimNextEmail(now, 30_000); // the worker dies here, before sending
    const send = smtpSender(smtp.url)!;
    expect((await deliverDueEmails(send, { clock: () => new Date(now.getTime() + 29_000) })).sent).toBe(0);
    expect((await deliverDueEmails(send, { clock: () => new Date(now.getTime() + 30_000) })).sent).toBe(1);
    expect(smtp.messages.map((m) => m.subject)).toEqual(["Orphan 0"]);
  });

  it(`marks an email failed after ${MAX_ATTEMPTS} attempts`, async () => {
    await enqueue(1, "Doomed");
    const failing = async () => {
      throw new Error("mailbox unavailable");
    };
    let at = Date.now();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await deliverDueEmails(failing, { clock: () => new Date(at) });
      at += 2 * 60 * 60_000;
    }
    const email = await db().emailOutbox.findFirstOrThrow();
    expect(email).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, lastError: "mailbox unavailable" });
    expect(await deliverDueEmails(failing, { clock: () => new Date(at + 86_400_000) })).toEqual({ sent: 0, retrying: 0, failed: 0, lost: 0 });
  });
});

describe("four workers and a slow SMTP server", () => {
  // The property: an email goes out once even when sending it outlasts the lease
  // that claimed it. Here the lease is 1 s and the server takes 2 s per message,
  // so every send outlives its lease twice over, and idle workers keep trying to
  // claim meanwhile: without the renewal each late email would be claimed again
  // (as the old 20-email batch lease let the tail of a batch be sent twice). The
  // race comes from that ratio, not from the volume: 24 emails on 4 workers
  // (about 12 s) exercise it like 200 emails on a 60 s lease, in a fraction of the time.
  const LEASE = 1000;
  const EMAILS = 24;
  let slow: TestSmtp;
  beforeAll(async () => {
    slow = await startTestSmtp({ delayMs: 2000 });
  });
  afterAll(async () => {
    await slow.stop();
  });

  it("delivers each email exactly once", { timeout: 60_000 }, async () => {
    await enqueue(EMAILS, "Slow");
    const ids = (await db().emailOutbox.findMany({ select: { id: true } })).map((e) => e.id);
    const pending = () => db().emailOutbox.count({ where: { status: "PENDING" } });
    const worker = async () => {
      const send = smtpSender(slow.url)!; // one transport per worker, as in separate processes
      const totals = { sent: 0, lost: 0 };
      // Bounded, so that a broken lease fails the assertions below rather than the timeout
      // (each worker needs about EMAILS / 4 sends).
      for (let handled = 0; handled < EMAILS / 2 && (await pending()) > 0; ) {
        const report = await deliverDueEmails(send, { leaseMs: LEASE, limit: 1 });
        totals.sent += report.sent;
        totals.lost += report.lost;
        handled += report.sent + report.lost + report.retrying;
        if (report.sent + report.lost + report.retrying === 0) await new Promise((r) => setTimeout(r, 50)); // poll again
      }
      return totals;
    };
    const totals = await Promise.all([worker(), worker(), worker(), worker()]);

    expect(totals.reduce((n, t) => n + t.lost, 0)).toBe(0);
    expect(totals.reduce((n, t) => n + t.sent, 0)).toBe(EMAILS);
    expect(totals.filter((t) => t.sent > 0).length).toBeGreaterThan(1); // they did work side by side
    // Counted by Message-ID (the outbox id): a second send of an email would repeat its id.
    const received = slow.messages.map((m) => m.messageId).sort();
    expect(received).toEqual(ids.map((id) => `<${id}@learner-portal>`).sort());
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
  const SYSTEM = ["enqueueEmail", "enqueueEmails", "claimNextEmail", "renewEmailLease", "markEmailSent", "markEmailAttemptFailed", "loadEmailAttachments"];

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
