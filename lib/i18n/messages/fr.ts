// French is the reference catalogue: en.ts must have the same shape.
// A feature keeps its own messages in lib/i18n/messages/<feature>.ts, which
// exports `{ fr, en }` (en typed as typeof fr), and plugs each into this file
// and en.ts with one line: `contact: contact.fr,`.
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

export const fr = {
  app: {
    name: "Portail d'accompagnement",
    skipToContent: "Aller au contenu principal",
    mainNav: "Navigation principale",
    signedInAs: "Connecté·e : {name}",
    signOut: "Se déconnecter",
    language: "Langue",
    languageSubmit: "Changer la langue",
    french: "Français",
    english: "English",
    footer: "Portail d'accompagnement des apprenants — école à distance",
    accessibility: "Accessibilité : partiellement conforme",
  },
  nav: {
    learnerHome: "Mon espace",
    learnerContact: "Contacter mon conseiller",
    learnerRequests: "Mes demandes",
    mentorHome: "Mes apprenants",
    mentorWeek: "Ma semaine",
    mentorAlerts: "Mes signalements",
    learnerProfile: "Mon profil",
    mentorProfile: "Mon profil",
    advisorHome: "Mon portefeuille",
    advisorRequests: "Demandes",
    advisorSignals: "Signaux",
    supportInbound: "Emails non classés",
    advisorAvailability: "Disponibilités",
    advisorCalendar: "Agenda",
    learnerBooking: "Prendre rendez-vous",
    supportHome: "Demandes",
    supportCannedReplies: "Réponses types",
    supportMacros: "Macros",
    managerHome: "Pilotage",
    notifications: "Notifications",
    adminHome: "Administration",
    adminUsers: "Comptes",
    adminImport: "Import CSV",
    adminAssignments: "Réaffectations",
    adminAudit: "Journal",
    adminMailbox: "Boîte d'envoi",
    adminPrivacy: "Données personnelles",
    reports: "Rapports",
    learnerPrivacy: "Mes données",
    referentHome: "Référent handicap",
  },
  mail: {
    footer: "Ce message vous est envoyé par le portail d'accompagnement des apprenants. Merci de ne pas y répondre directement : utilisez le portail.",
  },
  mailbox: mailbox.fr,
  ...followUp.fr,
  ...worklist.fr,
  ...auditLog.fr,
  ...managerHome.fr,
  ...notifications.fr,
  ...followers.fr,
  ...live.fr,
  contact: contact.fr,
  triage: triage.fr,
  breaks: breaks.fr,
  forms: forms.fr,
  specialCategory: specialCategory.fr,
  satisfaction: satisfaction.fr,
  complaints: complaints.fr,
  roles: {
    LEARNER: "Apprenant·e",
    MENTOR: "Mentor",
    ADVISOR: "Conseiller·ère pédagogique",
    SUPPORT: "Support apprenants",
    MENTORSHIP_MANAGER: "Mentorship Manager",
    ADMIN: "Administrateur·rice",
    DISABILITY_REFERENT: "Référent·e handicap",
  },
  login: {
    title: "Connexion",
    intro: "Connectez-vous avec votre adresse e-mail et votre mot de passe.",
    email: "Adresse e-mail",
    password: "Mot de passe",
    submit: "Se connecter",
    rateLimitedRedirect: "Trop d'échecs de connexion pour ce compte ou depuis cette adresse. Réessayez dans 15 minutes au plus.",
    errors: {
      failed: "Adresse e-mail ou mot de passe incorrect.",
      rateLimited: "Trop d'échecs de connexion pour ce compte ou depuis cette adresse. Réessayez à partir de {time}.",
      email: { required: "Saisissez votre adresse e-mail.", tooLong: "L'adresse e-mail est trop longue.", invalid: "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr." },
      password: { required: "Saisissez votre mot de passe.", tooLong: "Le mot de passe est trop long." },
    },
  },
  notFound: {
    title: "Page introuvable",
    body: "Cette page n'existe pas ou vous n'y avez pas accès.",
    back: "Retour à l'accueil",
  },
  common: {
    /** A label before its value: French puts a space before the colon. */
    labelled: "{label} :",
    none: "—",
    noData: "Aucune donnée pour le moment.",
    email: "E-mail",
    phone: "Téléphone",
    learnerPhone: "Téléphone de l'apprenant·e",
    name: "Nom",
    role: "Rôle",
    status: "Statut",
    date: "Date",
    active: "Actif",
    inactive: "Désactivé",
    next: "Page suivante",
    previous: "Première page",
    pagination: "Pagination",
  },
  sessionKind: { MENTORING: "Session de mentorat", DEFENCE: "Soutenance" },
  sessionStatus: { SCHEDULED: "Prévue", HELD: "Tenue", NO_SHOW: "Absence", CANCELLED: "Annulée" },
  requestStatus: {
    NEW: "Nouvelle",
    IN_PROGRESS: "En cours",
    WAITING_FOR_REQUESTER: "En attente du demandeur",
    RESOLVED: "Résolue",
    CLOSED: "Fermée",
  },
  priority: { LOW: "Basse", NORMAL: "Normale", HIGH: "Haute", URGENT: "Urgente" },
  queue: { ADVISOR: "Conseiller", TRIAGE: "Tri (Support et Mentorship Manager)", SUPPORT: "Support" },
  topics: {
    UPCOMING_ABSENCE: "Absences ces prochains jours (hôpital, deuil, autre cas de force majeure)",
    EXCEPTIONAL_CIRCUMSTANCES: "Circonstances exceptionnelles",
    DISENGAGEMENT_RISK: "Retard important avec désengagement et/ou risque d'abandon",
    DISRESPECT: "Manque de respect",
    PLAGIARISM: "Cas de plagiat (ou soupçons)",
    MENTOR_OTHER: "Autre situation",
    EXTRA_RESOURCES: "Besoin de ressources supplémentaires pour avancer",
    EXTRA_SESSIONS: "Demande de sessions supplémentaires",
    BREAK_REQUEST: "Besoin d'une pause (maladie, congés…)",
    ADMIN_SUPPORT: "Questions administratives / support",
    RQTH: "Spécificités RQTH",
    OTHER: "Autre demande",
  },
  learner: {
    title: "Mon espace",
    welcome: "Bonjour {name}",
    path: "Parcours",
    period: "Du {start} au {end}",
    commitment: "Engagement : {count, plural, one {# session} other {# sessions}} par semaine",
    contacts: "Mes interlocuteurs",
    advisor: "Mon conseiller ou ma conseillère pédagogique",
    mentor: "Mon mentor",
    noAdvisor: "Aucun conseiller n'est encore attribué : le support apprenants vous répond.",
    noMentor: "Aucun mentor n'est encore attribué.",
    upcoming: "Sessions à venir",
    recent: "Sessions récentes",
    noUpcoming: "Aucune session prévue.",
    noRecent: "Aucune session pour le moment.",
    with: "avec {name}",
    noteForYou: "Note du mentor",
  },
  mentor: {
    title: "Mes apprenants",
    intro: "Les apprenants que vous accompagnez, avec leur dernière et leur prochaine session.",
    learner: "Apprenant·e",
    path: "Parcours",
    lastSession: "Dernière session",
    nextSession: "Prochaine session",
    count: "{count, plural, one {# apprenant·e} other {# apprenant·e·s}}",
    none: "Aucun apprenant ne vous est attribué.",
  },
  advisor: {
    title: "Mon portefeuille",
    intro: "Les apprenants que vous suivez.",
    learner: "Apprenant·e",
    path: "Parcours",
    mentor: "Mentor",
    lastSession: "Dernière session",
    thisWeek: "Sessions cette semaine",
    thisWeekValue: "{count} / {commitment}",
    count: "{count, plural, one {# apprenant·e} other {# apprenant·e·s}}",
    none: "Aucun apprenant ne vous est attribué.",
  },
  support: {
    title: "Demandes ouvertes",
    intro: "Les demandes et alertes qui ne sont ni résolues ni fermées, les plus prioritaires d'abord.",
    number: "N°",
    subject: "Objet",
    learner: "Apprenant·e",
    topic: "Sujet",
    author: "Émise par",
    queue: "File",
    assignee: "Attribuée à",
    unassigned: "Non attribuée",
    created: "Reçue le",
    count: "{count, plural, one {# demande ouverte} other {# demandes ouvertes}}",
    none: "Aucune demande ouverte.",
  },
  accessibility: accessibility.fr,
  admin: admin.fr,
  account: account.fr,
  myAccount: myAccount.fr,
  sessions: sessions.fr,
  profile: profile.fr,
  reports: reports.fr,
  teamTools: teamTools.fr,
  attachments: attachments.fr,
  inbound: inbound.fr,
  ...booking.fr,
  ...bookingLinks.fr,
  errorPage: errorPage.fr,
};

export type Messages = typeof fr;
