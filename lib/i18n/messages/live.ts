// Live delivery (issue 15): presence on a staff request page, a request updated while open.
const frMessages = {
  live: {
    presence: {
      label: "Qui est sur cette demande",
      VIEWING: "{name} consulte cette demande.",
      TYPING: "{name} répond à cette demande.",
    },
    updated: "Cette demande vient d'être mise à jour : l'historique ci-dessous est à jour.",
    newMessage: {
      title: "{count, plural, one {Nouveau message} other {# nouveaux messages, dont le plus récent}}",
      from: "De {author}, {at}",
      internal: "Note interne",
      unknownAuthor: "Expéditeur inconnu",
    },
  },
};

const enMessages: typeof frMessages = {
  live: {
    presence: {
      label: "Who is on this request",
      VIEWING: "{name} is viewing this request.",
      TYPING: "{name} is replying to this request.",
    },
    updated: "This request has just been updated: the history below is up to date.",
    newMessage: {
      title: "{count, plural, one {New message} other {# new messages, the latest being}}",
      from: "From {author}, {at}",
      internal: "Internal note",
      unknownAuthor: "Unknown sender",
    },
  },
};

export const live = { fr: frMessages, en: enMessages };
