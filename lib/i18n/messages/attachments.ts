// Documents on requests (components/attachments/*): the picker on the contact form and
// the reply form, the list on a request's page.
const fr = {
  label: "Documents joints (facultatif)",
  hint: "PDF, image ou document bureautique, {max} Mo au plus chacun, {count, plural, one {# document} other {# documents}} au plus. Un justificatif médical ou RQTH n'est lu que par vous, votre conseiller·ère et le support.",
  /** The staff reply form's hint: who reads it, and what the email does with it. */
  staffHint:
    "PDF, image ou document bureautique, {max} Mo au plus chacun, {count, plural, one {# document} other {# documents}} au plus. Ils partent avec l'email au demandeur, sauf sur un sujet de santé, d'absence ou RQTH : l'email dit alors qu'un document l'attend dans le portail.",
  choose: "Ajouter un document",
  uploading: "Envoi de {name}…",
  uploaded: "{name} ajouté.",
  remove: "Retirer {name}",
  removed: "{name} retiré.",
  listTitle: "Documents",
  download: "Télécharger {name}",
  size: "{size, number} Ko",
  errors: {
    type: "« {name} » n'est ni un PDF, ni une image, ni un document bureautique.",
    tooLarge: "« {name} » dépasse {max} Mo.",
    empty: "« {name} » est vide.",
    tooMany: "{count, plural, one {# document} other {# documents}} au plus.",
    invalid: "« {name} » n'a pas pu être lu.",
    missing: "Un document n'est plus disponible : ajoutez-le à nouveau.",
    failed: "« {name} » n'a pas pu être envoyé. Réessayez.",
  },
};

export const attachments: { fr: typeof fr; en: typeof fr } = {
  fr,
  en: {
    label: "Attached documents (optional)",
    hint: "PDF, image or office document, {max} MB at most each, {count, plural, one {# document} other {# documents}} at most. A medical or RQTH document is read only by you, your advisor and support.",
    staffHint:
      "PDF, image or office document, {max} MB at most each, {count, plural, one {# document} other {# documents}} at most. They go with the email to the requester, except on a health, absence or RQTH topic: the email then says a document waits in the portal.",
    choose: "Add a document",
    uploading: "Sending {name}…",
    uploaded: "{name} added.",
    remove: "Remove {name}",
    removed: "{name} removed.",
    listTitle: "Documents",
    download: "Download {name}",
    size: "{size, number} KB",
    errors: {
      type: "“{name}” is not a PDF, an image or an office document.",
      tooLarge: "“{name}” is over {max} MB.",
      empty: "“{name}” is empty.",
      tooMany: "{count, plural, one {# document} other {# documents}} at most.",
      invalid: "“{name}” could not be read.",
      missing: "A document is no longer available: add it again.",
      failed: "“{name}” could not be sent. Try again.",
    },
  },
};
