// "My profile" in the learner's and the mentor's space: their own phone number.
const fr = {
  title: "Mon profil",
  introLearner: "Votre conseiller·ère vous appelle à ce numéro pour vos rendez-vous téléphoniques.",
  introMentor: "Votre numéro, pour que l'équipe pédagogique puisse vous joindre.",
  name: "Nom",
  email: "Adresse e-mail",
  phoneHeading: "Téléphone",
  save: "Enregistrer le numéro",
  saved: "Numéro enregistré.",
  unchanged: "Aucun changement.",
};

export const profile: { fr: typeof fr; en: typeof fr } = {
  fr,
  en: {
    title: "My profile",
    introLearner: "Your advisor calls you on this number for your phone appointments.",
    introMentor: "Your number, so that the teaching team can reach you.",
    name: "Name",
    email: "Email address",
    phoneHeading: "Phone",
    save: "Save the number",
    saved: "Number saved.",
    unchanged: "No change.",
  },
};
