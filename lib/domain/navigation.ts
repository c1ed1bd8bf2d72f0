import type { Role } from "@prisma/client";
import type { Messages } from "@/lib/i18n";

/** Keys of `nav` in the message catalogues. */
export type NavLabel = keyof Messages["nav"];

export type NavItem = { href: string; label: NavLabel };

/** Each role's main navigation. A feature adds its pages here. */
export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  LEARNER: [
    { href: "/learner", label: "learnerHome" },
    { href: "/learner/contact", label: "learnerContact" },
    { href: "/learner/requests", label: "learnerRequests" },
    { href: "/learner/profile", label: "learnerProfile" },
    { href: "/learner/privacy", label: "learnerPrivacy" },
  ],
  MENTOR: [
    { href: "/mentor", label: "mentorHome" },
    { href: "/mentor/week", label: "mentorWeek" },
    { href: "/mentor/alerts", label: "mentorAlerts" },
    { href: "/mentor/profile", label: "mentorProfile" },
  ],
  ADVISOR: [
    { href: "/advisor", label: "advisorHome" },
    { href: "/advisor/requests", label: "advisorRequests" },
    { href: "/advisor/signals", label: "advisorSignals" },
  ],
  SUPPORT: [{ href: "/support", label: "supportHome" }],
  MENTORSHIP_MANAGER: [{ href: "/support", label: "supportHome" }],
  ADMIN: [
    { href: "/admin", label: "adminHome" },
    { href: "/admin/users", label: "adminUsers" },
    { href: "/admin/import", label: "adminImport" },
    { href: "/admin/assignments", label: "adminAssignments" },
    { href: "/admin/audit", label: "adminAudit" },
    { href: "/admin/mailbox", label: "adminMailbox" },
  ],
  DISABILITY_REFERENT: [{ href: "/referent", label: "referentHome" }],
};

/** The item a path belongs to: the longest matching href. */
export function activeNavHref(items: NavItem[], pathname: string): string | undefined {
  return items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
