"use client";
import "./globals.css";
import { Button } from "@/components/ui/button";

// Replaces the root layout when that layout itself fails: no messages, no
// cookie, nothing may work here. Hence its own <html> and both languages
// written out, French first. No stack is shown: only the digest, which the
// server logged with the details.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col font-sans">
        <title>Une erreur est survenue · Something went wrong</title>
        <main id="main" className="mx-auto w-full max-w-2xl flex-1 px-4 py-16">
          <h1 className="text-2xl font-bold">Une erreur est survenue</h1>
          <p className="mt-4">La page n&apos;a pas pu s&apos;afficher. Réessayez dans un instant ; si le problème continue, contactez le support.</p>
          <div lang="en" className="mt-8 border-t border-slate-300 pt-8">
            <h2 className="text-xl font-bold">Something went wrong</h2>
            <p className="mt-4">The page could not be shown. Try again in a moment; if the problem persists, contact support.</p>
          </div>
          {error.digest ? (
            <p className="mt-8 font-semibold" data-testid="error-reference">
              Référence à communiquer au support / <span lang="en">Reference to give support</span> : <code>{error.digest}</code>
            </p>
          ) : null}
          <p className="mt-6">
            <Button variant="secondary" onClick={reset}>
              Réessayer / <span lang="en">Try again</span>
            </Button>
          </p>
        </main>
      </body>
    </html>
  );
}
