import type { Role } from "@prisma/client";
import type { Messages } from "@/lib/i18n";

/** Keys of `nav` in the message catalogues. */
export type NavLabel = keyof Messages["nav"];

export type NavItem = { href: string; label: NavLabel };

/** Keys of `navCounts` in the message catalogues: what a count beside an item counts. */
export type NavCountKey = "newReplies" | "handledAlerts" | "unread" | "openSignals" | "triage" | "mine" | "notifications";
/** The counts beside some items of a role's navigation, by href (zero counts are not shown). */
export type NavCounts = Record<string, { key: NavCountKey; count: number }[]>;

/** Each role's main navigation. A feature adds its pages here. */
export const NAV_BY_ROLE: Record<Role, NavItem[]> = {
  LEARNER: [
    { href: "/learner", label: "learnerHome" },
    { href: "/learner/booking", label: "learnerBooking" },
    { href: "/learner/contact", label: "learnerContact" },
    { href: "/learner/requests", label: "learnerRequests" },
    { href: "/learner/profile", label: "learnerProfile" },
    { href: "/learner/privacy", label: "learnerPrivacy" },
    { href: "/notifications", label: "notifications" },
  ],
  MENTOR: [
    { href: "/mentor", label: "mentorHome" },
    { href: "/mentor/week", label: "mentorWeek" },
    { href: "/mentor/alerts", label: "mentorAlerts" },
    { href: "/mentor/profile", label: "mentorProfile" },
    { href: "/notifications", label: "notifications" },
  ],
  ADVISOR: [
    { href: "/advisor", label: "advisorHome" },
    { href: "/advisor/requests", label: "advisorRequests" },
    { href: "/advisor/signals", label: "advisorSignals" },
    { href: "/advisor/calendar", label: "advisorCalendar" },
    { href: "/advisor/availability", label: "advisorAvailability" },
    { href: "/reports", label: "reports" },
    { href: "/notifications", label: "notifications" },
  ],
  SUPPORT: [
    { href: "/support", label: "supportHome" },
    { href: "/support/canned-replies", label: "supportCannedReplies" },
    { href: "/support/macros", label: "supportMacros" },
    { href: "/support/inbound", label: "supportInbound" },
    { href: "/notifications", label: "notifications" },
  ],
  MENTORSHIP_MANAGER: [
    { href: "/support/manager", label: "managerHome" },
    { href: "/support", label: "supportHome" },
    { href: "/support/canned-replies", label: "supportCannedReplies" },
    { href: "/support/macros", label: "supportMacros" },
    { href: "/support/inbound", label: "supportInbound" },
    { href: "/reports", label: "reports" },
    { href: "/notifications", label: "notifications" },
  ],
  ADMIN: [
    { href: "/admin", label: "adminHome" },
    { href: "/admin/users", label: "adminUsers" },
    { href: "/admin/import", label: "adminImport" },
    { href: "/admin/assignments", label: "adminAssignments" },
    { href: "/admin/audit", label: "adminAudit" },
    { href: "/admin/mailbox", label: "adminMailbox" },
    { href: "/admin/privacy", label: "adminPrivacy" },
    { href: "/reports", label: "reports" },
  ],
  DISABILITY_REFERENT: [
    { href: "/referent", label: "referentHome" },
    { href: "/notifications", label: "notifications" },
  ],
};

/** The item a path belongs to: the longest matching href. */
export function activeNavHref(items: NavItem[], pathname: string): string | undefined {
  return items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
