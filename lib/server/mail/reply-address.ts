import "server-only";
import { replyAddress, verifyReplyToken, type ReplyToken } from "@/lib/domain/reply-token";

// Reply-To on emails about a request (lib/domain/reply-token.ts): on when REPLY_DOMAIN
// is set. The tokens are signed with a key derived from AUTH_SECRET, which every app
// server and worker shares (lib/server/env.ts checks it is set with REPLY_DOMAIN).

function secret(): string | null {
  return process.env.AUTH_SECRET || null;
}

export function replyDomain(): string | null {
  return process.env.REPLY_DOMAIN?.trim().toLowerCase() || null;
}

/** The reply address of `request` for `recipientId`, or undefined when replies by email are off. */
export function replyToFor(request: { number: number }, recipientId: string): string | undefined {
  const domain = replyDomain();
  const key = secret();
  if (!domain || !key) return undefined;
  return replyAddress(key, domain, { number: request.number, userId: recipientId });
}

export function verifyToken(token: string): ReplyToken | null {
  const key = secret();
  return key ? verifyReplyToken(key, token) : null;
}
