// The reply address of an email about a request: reply+<token>@REPLY_DOMAIN, where the
// token names the request (its number) and the recipient it was sent to (their id) and
// carries an HMAC of both, so it cannot be guessed or moved to another request or person.
// Local parts stay under 64 characters and lower-case (some relays fold case).
// The token itself does not expire: a request closed for longer than the grace period
// no longer takes replies (replyWindowOpen), which ends every token issued for it.
import { createHmac, timingSafeEqual } from "node:crypto";

/** How long after its resolution or closure a request still takes replies by email. */
export const REPLY_GRACE_DAYS = 14;

const MAC_CHARS = 16; // 80 bits of HMAC-SHA256, base32

const BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

function mac(secret: string, number: number, userId: string): string {
  return base32(createHmac("sha256", `reply-token:${secret}`).update(`${number}:${userId}`).digest()).slice(0, MAC_CHARS);
}

export type ReplyToken = { number: number; userId: string };

export function signReplyToken(secret: string, token: ReplyToken): string {
  return `${token.number}-${token.userId}-${mac(secret, token.number, token.userId)}`;
}

/** The token's request number and recipient when its HMAC is right, else null. */
export function verifyReplyToken(secret: string, token: string): ReplyToken | null {
  const match = /^([1-9]\d{0,9})-([a-z0-9]{1,40})-([a-z2-7]{16})$/.exec(token.toLowerCase());
  if (!match) return null;
  const number = Number(match[1]);
  const userId = match[2];
  const expected = Buffer.from(mac(secret, number, userId));
  const given = Buffer.from(match[3]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { number, userId } : null;
}

export function replyAddress(secret: string, domain: string, token: ReplyToken): string {
  return `reply+${signReplyToken(secret, token)}@${domain.toLowerCase()}`;
}

/** The token of the first of `addresses` that is a reply address on `domain`, else null. */
export function tokenFromAddresses(addresses: string[], domain: string): string | null {
  const suffix = `@${domain.toLowerCase()}`;
  for (const raw of addresses) {
    const address = raw.trim().toLowerCase();
    if (!address.endsWith(suffix)) continue;
    const local = address.slice(0, -suffix.length);
    if (local.startsWith("reply+") && local.length > 6) return local.slice(6);
  }
  return null;
}

/** Whether a request still takes replies by email at `now`: open, or done less than the grace period ago. */
export function replyWindowOpen(request: { resolvedAt: Date | null; closedAt: Date | null; status: string }, now: Date): boolean {
  if (request.status !== "RESOLVED" && request.status !== "CLOSED") return true;
  const doneAt = request.closedAt ?? request.resolvedAt;
  if (!doneAt) return true;
  return now.getTime() - doneAt.getTime() <= REPLY_GRACE_DAYS * 86_400_000;
}
