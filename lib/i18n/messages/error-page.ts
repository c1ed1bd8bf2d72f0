// The page shown when a page fails (app/error.tsx). A client component outside
// any NextIntlClientProvider imports this file directly, so it stays small and
// imports nothing else. Plain strings, no ICU arguments: the page shows them without a
// message formatter (intl-messageformat would add 12 kB gzipped to every page).
const fr = {
  title: "Une erreur est survenue",
  body: "La page n'a pas pu s'afficher. Réessayez dans un instant ; si le problème continue, contactez le support.",
  reference: "Référence à communiquer au support :",
  retry: "Réessayer",
  home: "Retour à l'accueil",
};

export const errorPage: { fr: typeof fr; en: typeof fr } = {
  fr,
  en: {
    title: "Something went wrong",
    body: "The page could not be shown. Try again in a moment; if the problem persists, contact support.",
    reference: "Reference to give support:",
    retry: "Try again",
    home: "Back to the home page",
  },
};
