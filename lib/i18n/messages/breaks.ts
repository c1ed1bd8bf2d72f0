// An advisor's decision on a break: the answer to the learner (their request's
// resolution, and its email), the notice to the mentor, and how sessions the
// break touches are shown.
const fr = {
  decision: {
    approved: "Votre pause du {start} au {end} est acceptée. Votre engagement hebdomadaire est suspendu pendant cette période.",
    approvedCancelled:
      "{count, plural, one {# session de mentorat prévue pendant la pause est annulée par l'école.} other {# sessions de mentorat prévues pendant la pause sont annulées par l'école.}}",
    refused: "Votre demande de pause du {start} au {end} n'est pas acceptée.",
    note: "Message de votre conseiller·ère : {note}",
  },
  mail: {
    greeting: "Bonjour {name},",
    open: "Ouvrir le portail",
    approvedSubject: "Votre pause du {start} au {end} est acceptée",
    refusedSubject: "Votre demande de pause n'est pas acceptée",
    mentorSubject: "{learner} est en pause du {start} au {end}",
    mentorBody: "La pause de {learner} du {start} au {end} est validée par son ou sa conseiller·ère.",
    mentorCancelled:
      "{count, plural, =0 {Aucune de vos sessions prévues n'est concernée.} one {# session prévue pendant la pause est annulée par l'école.} other {# sessions prévues pendant la pause sont annulées par l'école.}}",
    mentorDefence: "Attention : la soutenance prévue le {date} tombe pendant la pause. Elle n'est pas annulée : voyez avec le ou la conseiller·ère pour la reporter.",
  },
  cancelledForBreak: "— pause",
  defenceDuringBreak: "Soutenance pendant une pause validée : à reporter",
};

export const breaks: { fr: typeof fr; en: typeof fr } = {
  fr,
  en: {
    decision: {
      approved: "Your break from {start} to {end} is approved. Your weekly commitment is suspended during it.",
      approvedCancelled:
        "{count, plural, one {# planned mentoring session during the break is cancelled by the school.} other {# planned mentoring sessions during the break are cancelled by the school.}}",
      refused: "Your request for a break from {start} to {end} is not approved.",
      note: "Message from your advisor: {note}",
    },
    mail: {
      greeting: "Hello {name},",
      open: "Open the portal",
      approvedSubject: "Your break from {start} to {end} is approved",
      refusedSubject: "Your request for a break is not approved",
      mentorSubject: "{learner} is on a break from {start} to {end}",
      mentorBody: "{learner}'s break from {start} to {end} has been approved by their advisor.",
      mentorCancelled:
        "{count, plural, =0 {None of your planned sessions is affected.} one {# planned session during the break is cancelled by the school.} other {# planned sessions during the break are cancelled by the school.}}",
      mentorDefence: "Please note: the defence planned on {date} falls during the break. It is not cancelled: see with the advisor to move it.",
    },
    cancelledForBreak: "— break",
    defenceDuringBreak: "Defence during an approved break: to be moved",
  },
};
