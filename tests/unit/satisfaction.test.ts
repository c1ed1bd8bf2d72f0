import { describe, expect, it } from "vitest";
import { averageRating, ratingDistribution, ratingGroup, responded, surveyExpiry, surveyLinkState, surveyRecipient, SURVEY_TTL_DAYS } from "@/lib/domain/satisfaction";
import { summarize, share } from "@/lib/domain/reports/metrics";

const sent = new Date("2026-11-02T10:00:00Z");
const expires = surveyExpiry(sent);

describe("a survey link", () => {
  it("works for 30 days, then says it expired; once answered it says so, even later", () => {
    expect(expires.getTime() - sent.getTime()).toBe(SURVEY_TTL_DAYS * 86_400_000);
    expect(surveyLinkState({ expiresAt: expires, answeredAt: null }, new Date(expires.getTime() - 1))).toBe("open");
    expect(surveyLinkState({ expiresAt: expires, answeredAt: null }, expires)).toBe("expired");
    expect(surveyLinkState({ expiresAt: expires, answeredAt: sent }, new Date(expires.getTime() + 1))).toBe("answered");
  });

  it("goes to the requester of a request (the mentor for an alert), to the learner for a case", () => {
    expect(surveyRecipient({ kind: "request", authorId: "mentor" })).toBe("mentor");
    expect(surveyRecipient({ kind: "case", learnerId: "learner" })).toBe("learner");
  });
});

describe("the satisfaction figure", () => {
  const now = new Date("2026-12-20T10:00:00Z");
  // Sent 2 November (expired on 2 December unless answered) and 10 December (still open).
  const surveys = [
    { expiresAt: expires, answeredAt: new Date("2026-11-03T10:00:00Z"), rating: 5 },
    { expiresAt: expires, answeredAt: new Date("2026-11-04T10:00:00Z"), rating: 4 },
    { expiresAt: expires, answeredAt: new Date("2026-11-05T10:00:00Z"), rating: 2 },
    { expiresAt: expires, answeredAt: null, rating: null },
    { expiresAt: surveyExpiry(new Date("2026-12-10T10:00:00Z")), answeredAt: null, rating: null },
  ];

  it("response rate: answered among answered or expired; one still open is not judged", () => {
    const records = surveys.map((s) => ({ hit: responded(s, now), value: s.rating }));
    const summary = summarize(records);
    expect(summary).toMatchObject({ total: 5, judged: 4, hits: 3 });
    expect(share(summary.hits, summary.judged)).toBe(0.75);
  });

  it("average of the ratings given, unanswered ones left out", () => {
    expect(averageRating(surveys.map((s) => s.rating))).toBeCloseTo(11 / 3);
    expect(averageRating([null, null])).toBeNull();
  });

  it("distribution: every rating from 1 to 5, zero included; breakdown groups", () => {
    expect(ratingDistribution(surveys.map((s) => s.rating))).toEqual({ 1: 0, 2: 1, 3: 0, 4: 1, 5: 1 });
    expect(surveys.map((s) => ratingGroup(s.rating))).toEqual(["RATING_5", "RATING_4", "RATING_2", "NO_ANSWER", "NO_ANSWER"]);
  });
});
