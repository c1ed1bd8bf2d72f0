// The accessibility statement (French RGAA "déclaration d'accessibilité"), linked from every footer.
const fr = {
  title: "Déclaration d'accessibilité",
  intro:
    "L'école s'engage à rendre ce portail accessible conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s'applique au portail d'accompagnement des apprenants.",
  statusTitle: "État de conformité",
  status:
    "Le portail est partiellement conforme avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1.2, et vise le niveau AA des WCAG 2.2.",
  statusDetail:
    "Aucun audit manuel complet n'a encore été réalisé. Chaque page est vérifiée automatiquement (axe-core, dans Chromium), à la souris et au clavier, en français et en anglais, et à 320 pixels de large. Des non-conformités que seuls un audit manuel ou un lecteur d'écran révèlent peuvent subsister.",
  limitsTitle: "Contenus non accessibles connus",
  limits: {
    audit: "Les critères qui demandent un jugement humain (pertinence des alternatives, ordre de lecture avec un lecteur d'écran) n'ont pas encore été audités.",
    tables: "Les tableaux larges (portefeuille d'un conseiller, aperçu d'un import CSV) défilent horizontalement dans leur propre zone sur un petit écran.",
  },
  otherWayTitle: "Obtenir le contenu autrement",
  otherWay:
    "Si vous ne pouvez pas utiliser une page ou un formulaire, contactez le support apprenants ou votre conseiller·ère par e-mail ou par téléphone : nous vous transmettons l'information sous une autre forme et faisons la démarche avec vous.",
  reportTitle: "Signaler un problème",
  report:
    "Signalez tout défaut d'accessibilité au support apprenants (une fois connecté·e : « Contacter mon conseiller » ou « Signaler une situation », sujet « Questions administratives / support »), en décrivant la page et ce qui vous bloque. Nous vous répondons sous 5 jours ouvrés.",
  recourseTitle: "Voies de recours",
  recourse:
    "Si vous nous avez signalé un défaut qui vous empêche d'accéder à un contenu ou à un service et que vous n'avez pas obtenu de réponse satisfaisante, vous pouvez écrire au Défenseur des droits, contacter le délégué du Défenseur des droits de votre région, ou écrire par courrier (gratuit, sans timbre) à : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.",
  technologiesTitle: "Technologies utilisées",
  technologies: "HTML, CSS, JavaScript (les formulaires fonctionnent aussi sans JavaScript pour la connexion et le choix de la langue).",
  updated: "Déclaration établie le {date}.",
};

const en: typeof fr = {
  title: "Accessibility statement",
  intro:
    "The school is committed to making this portal accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005. This statement applies to the learner support portal.",
  statusTitle: "Compliance status",
  status:
    "The portal is partially compliant with the French accessibility framework (RGAA) version 4.1.2, and aims at WCAG 2.2 level AA.",
  statusDetail:
    "No full manual audit has been carried out yet. Every page is checked automatically (axe-core, in Chromium), with a mouse and a keyboard, in French and English, and at 320 pixels wide. Issues that only a manual audit or a screen reader reveals may remain.",
  limitsTitle: "Known non-accessible content",
  limits: {
    audit: "Criteria that need human judgement (relevance of alternatives, reading order with a screen reader) have not been audited yet.",
    tables: "Wide tables (an advisor's caseload, a CSV import preview) scroll horizontally inside their own area on a small screen.",
  },
  otherWayTitle: "Getting the content another way",
  otherWay:
    "If you cannot use a page or a form, contact learner support or your advisor by email or phone: we will give you the information in another form and complete the step with you.",
  reportTitle: "Reporting a problem",
  report:
    "Report any accessibility issue to learner support (once signed in: \"Contact my advisor\" or \"Report a situation\", topic \"Administrative / support questions\"), describing the page and what blocks you. We answer within 5 working days.",
  recourseTitle: "Remedies",
  recourse:
    "If you reported an issue that prevents you from accessing content or a service and did not get a satisfactory answer, you can write to the Défenseur des droits (the French rights ombudsman), contact its delegate in your region, or write by post (free, no stamp needed) to: Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.",
  technologiesTitle: "Technologies used",
  technologies: "HTML, CSS, JavaScript (signing in and choosing the language also work without JavaScript).",
  updated: "Statement drawn up on {date}.",
};

export const accessibility = { fr, en };
