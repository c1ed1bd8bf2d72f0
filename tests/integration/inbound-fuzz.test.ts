// The inbound pipeline under 1,000 generated MIME messages (fast-check): replies,
// forged and moved tokens, other senders, auto-replies and bounces, unknown charsets,
// broken encodings, HTML only, documents, no Message-ID, and replays of earlier
// Message-IDs. Nothing throws, and nothing is stored twice: one row per Message-ID,
// one reply per placed message.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "./db";
import { createLearner, createUser, FILE_ANEW } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { fileLearnerRequest } from "@/lib/server/data/contact";
import { receiveInboundEmail, type InboundOutcome } from "@/lib/server/data/inbound";
import { learnerRequestSchema } from "@/lib/schemas/contact";
import { replyToFor } from "@/lib/server/mail/reply-address";
import { actorOf } from "./support/access";

const db = freshDatabase();
let learner: Actor;
let requests: { id: string; number: number }[] = [];

beforeAll(async () => {
  vi.stubEnv("REPLY_DOMAIN", "reply.portail.test");
  vi.stubEnv("AUTH_SECRET", "fuzz-secret-for-reply-tokens-0123456789");
  vi.stubEnv("LOG_LEVEL", "error");
  const advisor = actorOf(await createUser(db(), { role: "ADVISOR" }));
  learner = actorOf((await createLearner(db(), { advisorId: advisor.id })).user);
  for (const subject of ["Fuzz A", "Fuzz B"]) {
    const filed = await fileLearnerRequest(learner, learnerRequestSchema.parse({ topic: "ADMIN_SUPPORT", subject, message: "Test.", idempotencyKey: randomUUID(), ...FILE_ANEW }));
    requests.push({ id: filed.id, number: filed.number });
  }
});
afterAll(() => {
  vi.unstubAllEnvs();
  requests = [];
});

const PDF = "JVBERi0xLjQKJSVFT0YK"; // "%PDF-1.4\n%%EOF\n" in base64

const text = fc.string({ maxLength: 200, unit: fc.constantFrom("a", "é", " ", "\n", "> ", "<b>", "=", "?", "\u0000", "€", "-- ", "Le 2 déc. à 10:00, X a écrit :") });

const message = fc.record({
  from: fc.constantFrom("learner", "other", "daemon", "none", "garbage"),
  to: fc.constantFrom("tokenA", "tokenB", "moved", "forged", "plain", "none"),
  messageId: fc.oneof(fc.constantFrom("", "<dup-1@fuzz>", "<dup-2@fuzz>", "<dup-3@fuzz>"), fc.uuid().map((u) => `<${u}@fuzz>`)),
  automatic: fc.constantFrom(null, "Auto-Submitted: auto-replied", "Precedence: bulk", "X-Autoreply: yes", "Auto-Submitted: no"),
  kind: fc.constantFrom("plain", "html", "multipart", "report", "broken"),
  charset: fc.constantFrom("utf-8", "iso-8859-1", "x-unknown-42", "", "windows-1252\"; junk"),
  encoding: fc.constantFrom("7bit", "base64", "quoted-printable", "x-weird"),
  body: text,
  crlf: fc.boolean(),
});

type Message = typeof message extends fc.Arbitrary<infer M> ? M : never;

function build(m: Message): Buffer {
  const [a, b] = requests;
  const addresses: Record<Message["to"], string | null> = {
    tokenA: replyToFor(a, learner.id)!,
    tokenB: replyToFor(b, learner.id)!,
    moved: replyToFor(a, learner.id)!.replace(`reply+${a.number}-`, `reply+${b.number}-`),
    forged: `reply+${a.number}-${learner.id}-abcdefghijklmnop@reply.portail.test`,
    plain: "support@portail.test",
    none: null,
  };
  const from = { learner: learner.email, other: "other@elsewhere.test", daemon: "MAILER-DAEMON@relay.test", none: null, garbage: "<<>>@@" }[m.from];
  const charset = m.charset ? `; charset=${m.charset}` : "";
  const body = m.encoding === "base64" ? Buffer.from(m.body).toString("base64").replace(/(.{60})/g, "$1\n") + "!!" : m.body;
  const headers = [
    from ? `From: ${from}` : null,
    addresses[m.to] ? `To: ${addresses[m.to]}` : null,
    m.messageId ? `Message-ID: ${m.messageId}` : null,
    "Subject: =?utf-8?B?UmU6IGRlbWFuZGU=?= fuzz",
    m.automatic,
    "MIME-Version: 1.0",
  ].filter(Boolean);
  let content: string[];
  switch (m.kind) {
    case "plain":
      content = [`Content-Type: text/plain${charset}`, `Content-Transfer-Encoding: ${m.encoding}`, "", body];
      break;
    case "html":
      content = [`Content-Type: text/html${charset}`, `Content-Transfer-Encoding: ${m.encoding}`, "", `<html><body><p>${body}</p><script>x()</script></body></html>`];
      break;
    case "multipart":
      content = ["Content-Type: multipart/mixed; boundary=\"b1\"", "", "--b1", `Content-Type: text/plain${charset}`, "", body, "--b1", "Content-Type: application/pdf; name=\"a.pdf\"", "Content-Disposition: attachment; filename=\"a.pdf\"", "Content-Transfer-Encoding: base64", "", PDF, "--b1--"];
      break;
    case "report":
      content = ["Content-Type: multipart/report; report-type=delivery-status; boundary=\"r\"", "", "--r", "Content-Type: text/plain", "", body, "--r--"];
      break;
    case "broken":
      content = ["Content-Type: multipart/mixed; boundary=\"never-closed\"", "", "--never-closed", `Content-Type: text/plain${charset}`, body, "--wrong"];
      break;
  }
  return Buffer.from([...headers, ...content].join(m.crlf ? "\r\n" : "\n"), "utf8");
}

describe("the inbound pipeline under 1,000 generated messages", () => {
  it("never throws, and stores each message at most once", { timeout: 180_000 }, async () => {
    const outcomes: InboundOutcome[] = [];
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const outcome = await receiveInboundEmail(build(m));
        outcomes.push(outcome);
        expect(["placed", "unmatched", "ignored", "duplicate"]).toContain(outcome.status);
      }),
      { numRuns: 1000, seed: 17 },
    );
    expect(outcomes).toHaveLength(1000);
    const rows = await db().inboundEmail.findMany({ select: { messageKey: true, status: true, eventId: true } });
    expect(new Set(rows.map((r) => r.messageKey)).size).toBe(rows.length);
    expect(rows.length).toBe(outcomes.filter((o) => o.status !== "duplicate").length);
    // One reply per placed message, each on its own event.
    const placed = rows.filter((r) => r.status === "PLACED");
    expect(placed.length).toBe(outcomes.filter((o) => o.status === "placed").length);
    expect(new Set(placed.map((r) => r.eventId)).size).toBe(placed.length);
    const learnerReplies = await db().requestEvent.count({ where: { type: "REPLY", actorId: learner.id } });
    expect(learnerReplies).toBe(placed.length);
    // The generator reaches every outcome.
    expect(new Set(outcomes.map((o) => o.status))).toEqual(new Set(["placed", "unmatched", "ignored", "duplicate"]));
  });
});
