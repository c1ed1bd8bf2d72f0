// The account page (/account) of every role: ending every session.
const fr = {
  title: "Mon compte",
  intro: "Votre compte et vos connexions au portail.",
  link: "Mon compte",
  name: "Nom",
  email: "Adresse e-mail",
  role: "Rôle",
  sessionsTitle: "Connexions",
  sessionsBody:
    "Une connexion dure 12 heures au plus ; pour le personnel, elle se ferme aussi après 30 minutes sans activité. Si vous vous êtes connecté·e sur un appareil que vous n'avez plus sous la main, fermez toutes vos connexions : il faudra vous reconnecter partout, ici aussi.",
  signOutEverywhere: "Se déconnecter de tous mes appareils",
  signOutEverywhereTitle: "Se déconnecter de tous vos appareils ?",
  signOutEverywhereBody: "Toutes vos connexions, celle-ci comprise, seront fermées. Vous devrez vous reconnecter.",
  signOutEverywhereConfirm: "Me déconnecter partout",
  cancel: "Annuler",
};

const en: typeof fr = {
  title: "My account",
  intro: "Your account and your sign-ins to the portal.",
  link: "My account",
  name: "Name",
  email: "Email address",
  role: "Role",
  sessionsTitle: "Sign-ins",
  sessionsBody:
    "A sign-in lasts 12 hours at most; for staff, it also ends after 30 minutes without activity. If you signed in on a device you no longer have at hand, end all your sign-ins: you will have to sign in again everywhere, here too.",
  signOutEverywhere: "Sign out of all my devices",
  signOutEverywhereTitle: "Sign out of all your devices?",
  signOutEverywhereBody: "All your sign-ins, this one included, will end. You will have to sign in again.",
  signOutEverywhereConfirm: "Sign me out everywhere",
  cancel: "Cancel",
};

export const myAccount = { fr, en };
