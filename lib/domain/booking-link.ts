// The signed booking link an advisor's email carries ("choisissez l'horaire de votre premier
// appel"): single use, expiring, bound to one learner. Pure: the caller passes the stored
// link, who opens it and the instant it is.

/** How long a booking link works after it is sent. */
export const BOOKING_LINK_TTL_DAYS = 14;

const DAY = 86_400_000;

export function bookingLinkExpiry(now: Date): Date {
  return new Date(now.getTime() + BOOKING_LINK_TTL_DAYS * DAY);
}

/** The raw tokens we issue: 32 random bytes in base64url (the demo's one is documented). */
export const BOOKING_TOKEN = /^[A-Za-z0-9_-]{32,64}$/;

export type StoredLink = { learnerId: string; expiresAt: Date; usedAt: Date | null };

/**
 * What opening the link shows: `foreign` (another user's link: not found, never "forbidden"),
 * `used` (it already served: the call it booked), `expired` (book the usual way), or `open`.
 * Used wins over expired: the learner sees the call they booked, whenever they come back.
 */
export type LinkState = "foreign" | "used" | "expired" | "open";

export function bookingLinkState(link: StoredLink, actorId: string, now: Date): LinkState {
  if (link.learnerId !== actorId) return "foreign";
  if (link.usedAt) return "used";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "open";
}
