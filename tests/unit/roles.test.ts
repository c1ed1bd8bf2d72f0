import { describe, expect, it } from "vitest";
import { HOME_BY_ROLE, ROLES, SPACE_ROLES, homeFor } from "@/lib/domain/roles";

describe("each role's space", () => {
  it.each([
    ["LEARNER", "/learner"],
    ["MENTOR", "/mentor"],
    ["ADVISOR", "/advisor"],
    ["SUPPORT", "/support"],
    ["MENTORSHIP_MANAGER", "/support"],
    ["ADMIN", "/admin"],
  ] as const)("%s lands in %s", (role, space) => {
    expect(homeFor(role)).toBe(space);
  });

  it("admits each role to its own space and to no other", () => {
    for (const role of ROLES) {
      const admitted = Object.entries(SPACE_ROLES)
        .filter(([, roles]) => (roles as readonly string[]).includes(role))
        .map(([space]) => space);
      expect(admitted).toEqual([HOME_BY_ROLE[role]]);
    }
  });
});
