// Satisfaction surveys (issue 16, item 4; Qualiopi indicator 30): after a request is resolved
// or closed, or a follow-up case closes, its requester is asked one optional question (1–5,
// and a comment) through a single-use link. The link's token is random and says nothing: the
// invitation row it names (by its hash) tells whose answer it is, so the page needs no sign-in.

/** How long a survey link works. */
export const SURVEY_TTL_DAYS = 30;

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

export const COMMENT_MAX = 1000;

export function surveyExpiry(sentAt: Date): Date {
  return new Date(sentAt.getTime() + SURVEY_TTL_DAYS * 86_400_000);
}

export type SurveyInvitationState = { expiresAt: Date; answeredAt: Date | null };

/** What the link does now: take the answer, or say it was already used, or that it expired. */
export function surveyLinkState(invitation: SurveyInvitationState, now: Date): "open" | "answered" | "expired" {
  if (invitation.answeredAt) return "answered";
  return now.getTime() >= invitation.expiresAt.getTime() ? "expired" : "open";
}

/**
 * A sent invitation counts towards the response rate once it is settled: answered (a
 * response), or expired unanswered (no response). One still open is not judged yet.
 */
export function responded(invitation: SurveyInvitationState, now: Date): boolean | null {
  const state = surveyLinkState(invitation, now);
  return state === "answered" ? true : state === "expired" ? false : null;
}

/** The breakdown of a sent invitation: its rating, or no answer (yet). */
export function ratingGroup(rating: number | null): string {
  return rating === null ? "NO_ANSWER" : `RATING_${rating}`;
}

/** The mean of the ratings given, or null when none was. */
export function averageRating(ratings: readonly (number | null)[]): number | null {
  const given = ratings.filter((r): r is number => r !== null);
  return given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length;
}

/** How many answers gave each rating, 1 to 5 (every rating listed, zero included). */
export function ratingDistribution(ratings: readonly (number | null)[]): Record<Rating, number> {
  const counts = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<Rating, number>;
  for (const r of ratings) if (r !== null && r >= 1 && r <= 5) counts[r as Rating] += 1;
  return counts;
}

/** Who is asked: the requester of a request (the mentor for an alert); the learner for a case. */
export function surveyRecipient(subject: { kind: "request"; authorId: string } | { kind: "case"; learnerId: string }): string {
  return subject.kind === "request" ? subject.authorId : subject.learnerId;
}
