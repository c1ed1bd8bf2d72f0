import type { Role } from "@prisma/client";

export const ROLES = ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const satisfies readonly Role[];

/** Each role's own space. SUPPORT and MENTORSHIP_MANAGER share the triage space. */
export const HOME_BY_ROLE = {
  LEARNER: "/learner",
  MENTOR: "/mentor",
  ADVISOR: "/advisor",
  SUPPORT: "/support",
  MENTORSHIP_MANAGER: "/support",
  ADMIN: "/admin",
  DISABILITY_REFERENT: "/referent",
} as const satisfies Record<Role, string>;

export type Space = (typeof HOME_BY_ROLE)[Role];

/** The roles admitted to each space: every other role gets a 404 there. */
export const SPACE_ROLES = {
  "/learner": ["LEARNER"],
  "/mentor": ["MENTOR"],
  "/advisor": ["ADVISOR"],
  "/support": ["SUPPORT", "MENTORSHIP_MANAGER"],
  "/admin": ["ADMIN"],
  "/referent": ["DISABILITY_REFERENT"],
} as const satisfies Record<Space, readonly Role[]>;

export function homeFor(role: Role): Space {
  return HOME_BY_ROLE[role];
}

/**
 * Where a role lands after sign-in: its space's home, except the Mentorship Manager, whose
 * home is the overview of backlog and mentors inside the shared triage space.
 */
export function landingFor(role: Role): string {
  return role === "MENTORSHIP_MANAGER" ? "/support/manager" : HOME_BY_ROLE[role];
}
