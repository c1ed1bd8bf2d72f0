import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/language-switch";
import { PortalFooter } from "@/components/portal-footer";
import type { AppLocale, Messages } from "@/lib/i18n";

/** The frame of the pages seen signed out: the portal's name, the language switch, the footer. */
export function PublicShell({ locale, m, children }: { locale: AppLocale; m: Messages; children: ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <p className="min-w-0 text-lg font-bold">{m.app.name}</p>
          <LanguageSwitch locale={locale} m={m} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-md flex-1 px-4 py-12 focus:outline-none">
        {children}
      </main>
      <PortalFooter m={m} />
    </>
  );
}
