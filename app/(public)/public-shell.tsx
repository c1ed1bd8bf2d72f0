import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/language-switch";
import { PortalFooter } from "@/components/portal-footer";

/** The frame of the pages seen signed out: the portal's name, the language switch, the footer. */
export async function PublicShell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const t = await getTranslations("app");
  return (
    <>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <p className="min-w-0 text-lg font-bold">{t("name")}</p>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1} className={`mx-auto w-full ${wide ? "max-w-3xl" : "max-w-md"} flex-1 px-4 py-12 focus:outline-none`}>
        {children}
      </main>
      <PortalFooter />
    </>
  );
}
