import { describe, expect, it } from "vitest";
import { LEARNER_TOPICS, MENTOR_TOPICS, TOPICS } from "@/lib/domain/responsibility";

// The article's table (DOMAIN.md): each topic's column, priority and sensitivity.
const TABLE = [
  ["UPCOMING_ABSENCE", "MENTOR", "URGENT", true],
  ["EXCEPTIONAL_CIRCUMSTANCES", "MENTOR", "HIGH", false],
  ["DISENGAGEMENT_RISK", "MENTOR", "URGENT", false],
  ["DISRESPECT", "MENTOR", "NORMAL", false],
  ["PLAGIARISM", "MENTOR", "HIGH", false],
  ["MENTOR_OTHER", "MENTOR", "NORMAL", false],
  ["EXTRA_RESOURCES", "LEARNER", "NORMAL", false],
  ["EXTRA_SESSIONS", "LEARNER", "NORMAL", false],
  ["BREAK_REQUEST", "LEARNER", "NORMAL", true],
  ["ADMIN_SUPPORT", "LEARNER", "NORMAL", false],
  ["RQTH", "LEARNER", "NORMAL", true],
  ["OTHER", "LEARNER", "NORMAL", false],
] as const;

describe("the responsibility table", () => {
  it.each(TABLE)("%s is raised by the %s side, priority %s, sensitive %s", (topic, side, priority, sensitive) => {
    expect(TOPICS[topic]).toEqual({ side, priority, sensitive });
  });

  it("covers every topic exactly once", () => {
    expect(Object.keys(TOPICS).sort()).toEqual(TABLE.map(([topic]) => topic).sort());
  });

  it("splits into the article's two columns", () => {
    expect(MENTOR_TOPICS).toEqual(["UPCOMING_ABSENCE", "EXCEPTIONAL_CIRCUMSTANCES", "DISENGAGEMENT_RISK", "DISRESPECT", "PLAGIARISM", "MENTOR_OTHER"]);
    expect(LEARNER_TOPICS).toEqual(["EXTRA_RESOURCES", "EXTRA_SESSIONS", "BREAK_REQUEST", "ADMIN_SUPPORT", "RQTH", "OTHER"]);
  });

  it("gives each column its own catch-all, so nobody has to borrow the other side's", () => {
    expect(MENTOR_TOPICS.at(-1)).toBe("MENTOR_OTHER");
    expect(LEARNER_TOPICS.at(-1)).toBe("OTHER");
  });
});
