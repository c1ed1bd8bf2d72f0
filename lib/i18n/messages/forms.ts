// Messages for the zod rules of lib/schemas/fields.ts, shared by every form.
const fr = {
  errorSummary: "Il y a un problème",
  required: "Ce champ est obligatoire.",
  tooLong: "Ce texte est trop long.",
  controlChars: "Ce champ contient des caractères non autorisés (retour à la ligne, tabulation ou caractère de contrôle).",
  date: "Saisissez une date valide.",
  dateOrder: "La date de fin doit être le même jour ou après la date de début.",
  dateSpan: "Cette période est trop longue.",
  topic: "Choisissez un sujet.",
  idempotency: "Le formulaire a expiré : rechargez la page.",
  unexpected: "Une erreur inattendue est survenue. Réessayez ; vos saisies sont conservées.",
  optional: "(facultatif)",
  learner: "Choisissez un·e de vos apprenant·e·s.",
  target: "Choisissez un destinataire.",
  notFound: "Cette demande n'existe pas ou n'est plus accessible.",
};

export const forms: { fr: typeof fr; en: typeof fr } = {
  fr,
  en: {
    errorSummary: "There is a problem",
    required: "This field is required.",
    tooLong: "This text is too long.",
    controlChars: "This field contains characters that are not allowed (line break, tab or control character).",
    date: "Enter a valid date.",
    dateOrder: "The end date must be on or after the start date.",
    dateSpan: "This period is too long.",
    topic: "Choose a topic.",
    idempotency: "The form has expired: reload the page.",
    unexpected: "Something unexpected went wrong. Try again; what you typed is kept.",
    optional: "(optional)",
    learner: "Choose one of your learners.",
    target: "Choose a recipient.",
    notFound: "This request does not exist or is no longer available.",
  },
};
