// The mentor's invitation to a learner ("contact your advisor about …"): at most
// one per learner and topic in any 7 days, so a learner is reminded, not chased.
// The window counts exact instants (7 × 24 h), not calendar days.

export const INVITATION_WINDOW_DAYS = 7;
const WINDOW_MS = INVITATION_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/** The first instant a new invitation may go after the one sent at `lastSentAt`. */
export function nextInvitationAt(lastSentAt: Date): Date {
  return new Date(lastSentAt.getTime() + WINDOW_MS);
}

export type InvitationWindow =
  | { allowed: true; lastSentAt: Date | null }
  | { allowed: false; lastSentAt: Date; nextAllowedAt: Date };

/** Whether an invitation may go `now`, given the last one for the same learner and topic (null: never). */
export function invitationWindow(lastSentAt: Date | null, now: Date): InvitationWindow {
  if (!lastSentAt) return { allowed: true, lastSentAt: null };
  const nextAllowedAt = nextInvitationAt(lastSentAt);
  return now.getTime() >= nextAllowedAt.getTime() ? { allowed: true, lastSentAt } : { allowed: false, lastSentAt, nextAllowedAt };
}
