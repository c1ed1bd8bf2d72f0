import type { Messages } from "./fr";
import { account } from "./account";
import { myAccount } from "./my-account";
import { accessibility } from "./accessibility";
import { admin } from "./admin";
import { contact } from "./contact";
import { forms } from "./forms";
import { mailbox } from "./mailbox";
import { sessions } from "./sessions";
import { followUp } from "./follow-up";
import { errorPage } from "./error-page";
import { triage } from "./triage";
import { breaks } from "./breaks";
import { profile } from "./profile";
import { reports } from "./reports";
import { teamTools } from "./team-tools";
import { attachments } from "./attachments";
import { inbound } from "./inbound";
import { worklist } from "./worklist";
import { auditLog } from "./audit-log";
import { managerHome } from "./manager-home";
import { notifications } from "./notifications";
import { followers } from "./followers";
import { live } from "./live";
import { booking } from "./booking";
import { bookingLinks } from "./booking-links";
import { specialCategory } from "./special-category";
import { satisfaction } from "./satisfaction";
import { complaints } from "./complaints";

export const en: Messages = {
  app: {
    name: "Learner support portal",
    skipToContent: "Skip to main content",
    mainNav: "Main navigation",
    signedInAs: "Signed in as {name}",
    signOut: "Sign out",
    language: "Language",
    languageSubmit: "Change language",
    french: "Français",
    english: "English",
    footer: "Learner support portal — distance-learning school",
    accessibility: "Accessibility: partially compliant",
  },
  nav: {
    learnerHome: "My space",
    learnerContact: "Contact my advisor",
    learnerRequests: "My requests",
    mentorHome: "My learners",
    mentorWeek: "My week",
    mentorAlerts: "My reports",
    learnerProfile: "My profile",
    mentorProfile: "My profile",
    advisorHome: "My caseload",
    advisorRequests: "Requests",
    advisorSignals: "Signals",
    supportInbound: "Unmatched emails",
    advisorAvailability: "Availability",
    advisorCalendar: "Calendar",
    learnerBooking: "Book a call",
    supportHome: "Requests",
    supportCannedReplies: "Canned replies",
    supportMacros: "Macros",
    managerHome: "Overview",
    notifications: "Notifications",
    adminHome: "Administration",
    adminUsers: "Accounts",
    adminImport: "CSV import",
    adminAssignments: "Reassignments",
    adminAudit: "Audit log",
    adminMailbox: "Outbox",
    adminPrivacy: "Personal data",
    reports: "Reports",
    learnerPrivacy: "My data",
    referentHome: "Disability referent",
  },
  mail: {
    footer: "This message was sent by the learner support portal. Please do not reply to it directly: use the portal.",
  },
  mailbox: mailbox.en,
  ...followUp.en,
  ...worklist.en,
  ...auditLog.en,
  ...managerHome.en,
  ...notifications.en,
  ...followers.en,
  ...live.en,
  contact: contact.en,
  triage: triage.en,
  breaks: breaks.en,
  forms: forms.en,
  specialCategory: specialCategory.en,
  satisfaction: satisfaction.en,
  complaints: complaints.en,
  roles: {
    LEARNER: "Learner",
    MENTOR: "Mentor",
    ADVISOR: "Pedagogical advisor",
    SUPPORT: "Learner support",
    MENTORSHIP_MANAGER: "Mentorship Manager",
    ADMIN: "Administrator",
    DISABILITY_REFERENT: "Disability referent",
  },
  login: {
    title: "Sign in",
    intro: "Sign in with your email address and password.",
    email: "Email address",
    password: "Password",
    submit: "Sign in",
    rateLimitedRedirect: "Too many failed sign-ins for this account or from this address. Try again in 15 minutes at most.",
    errors: {
      failed: "Incorrect email address or password.",
      rateLimited: "Too many failed sign-ins for this account or from this address. Try again from {time}.",
      email: { required: "Enter your email address.", tooLong: "The email address is too long.", invalid: "Enter a valid email address, like name@example.com." },
      password: { required: "Enter your password.", tooLong: "The password is too long." },
    },
  },
  notFound: {
    title: "Page not found",
    body: "This page does not exist or you do not have access to it.",
    back: "Back to home",
  },
  common: {
    labelled: "{label}:",
    none: "—",
    noData: "Nothing yet.",
    email: "Email",
    phone: "Phone",
    learnerPhone: "Learner's phone",
    name: "Name",
    role: "Role",
    status: "Status",
    date: "Date",
    active: "Active",
    inactive: "Deactivated",
    next: "Next page",
    previous: "First page",
    pagination: "Pagination",
  },
  sessionKind: { MENTORING: "Mentoring session", DEFENCE: "Project defence" },
  sessionStatus: { SCHEDULED: "Scheduled", HELD: "Held", NO_SHOW: "No-show", CANCELLED: "Cancelled" },
  requestStatus: {
    NEW: "New",
    IN_PROGRESS: "In progress",
    WAITING_FOR_REQUESTER: "Waiting for requester",
    RESOLVED: "Resolved",
    CLOSED: "Closed",
  },
  priority: { LOW: "Low", NORMAL: "Normal", HIGH: "High", URGENT: "Urgent" },
  queue: { ADVISOR: "Advisor", TRIAGE: "Triage (Support and Mentorship Manager)", SUPPORT: "Support" },
  topics: {
    UPCOMING_ABSENCE: "Absence in the coming days (hospital, bereavement, other force majeure)",
    EXCEPTIONAL_CIRCUMSTANCES: "Exceptional circumstances",
    DISENGAGEMENT_RISK: "Significant delay with disengagement and/or dropout risk",
    DISRESPECT: "Lack of respect",
    PLAGIARISM: "Plagiarism (or suspicion)",
    MENTOR_OTHER: "Other situation",
    EXTRA_RESOURCES: "Needs extra resources to progress",
    EXTRA_SESSIONS: "Request for extra sessions",
    BREAK_REQUEST: "Needs a break (illness, holidays…)",
    ADMIN_SUPPORT: "Administrative / support question",
    RQTH: "RQTH (recognised disability) needs",
    OTHER: "Other request",
  },
  learner: {
    title: "My space",
    welcome: "Hello {name}",
    path: "Training path",
    period: "From {start} to {end}",
    commitment: "Commitment: {count, plural, one {# session} other {# sessions}} a week",
    contacts: "My contacts",
    advisor: "My pedagogical advisor",
    mentor: "My mentor",
    noAdvisor: "No advisor assigned yet: learner support will answer you.",
    noMentor: "No mentor assigned yet.",
    upcoming: "Upcoming sessions",
    recent: "Recent sessions",
    noUpcoming: "No session scheduled.",
    noRecent: "No session yet.",
    with: "with {name}",
    noteForYou: "Mentor's note",
  },
  mentor: {
    title: "My learners",
    intro: "The learners you mentor, with their last and next session.",
    learner: "Learner",
    path: "Training path",
    lastSession: "Last session",
    nextSession: "Next session",
    count: "{count, plural, one {# learner} other {# learners}}",
    none: "No learner is assigned to you.",
  },
  advisor: {
    title: "My caseload",
    intro: "The learners you follow.",
    learner: "Learner",
    path: "Training path",
    mentor: "Mentor",
    lastSession: "Last session",
    thisWeek: "Sessions this week",
    thisWeekValue: "{count} / {commitment}",
    count: "{count, plural, one {# learner} other {# learners}}",
    none: "No learner is assigned to you.",
  },
  support: {
    title: "Open requests",
    intro: "Requests and alerts that are neither resolved nor closed, highest priority first.",
    number: "No.",
    subject: "Subject",
    learner: "Learner",
    topic: "Topic",
    author: "Raised by",
    queue: "Queue",
    assignee: "Assigned to",
    unassigned: "Unassigned",
    created: "Received",
    count: "{count, plural, one {# open request} other {# open requests}}",
    none: "No open request.",
  },
  accessibility: accessibility.en,
  admin: admin.en,
  account: account.en,
  myAccount: myAccount.en,
  sessions: sessions.en,
  profile: profile.en,
  reports: reports.en,
  teamTools: teamTools.en,
  attachments: attachments.en,
  inbound: inbound.en,
  ...booking.en,
  ...bookingLinks.en,
  errorPage: errorPage.en,
};
