import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getMessages } from "@/lib/i18n/server";
import { currentActor } from "@/lib/server/auth/session";
import { homeFor } from "@/lib/domain/roles";
import { LanguageSwitch } from "@/components/language-switch";
import { PortalFooter } from "@/components/portal-footer";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.login.title };
}

export default async function LoginPage() {
  const actor = await currentActor();
  if (actor) redirect(homeFor(actor.role));
  const { locale, m } = await getMessages();
  return (
    <>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
          <p className="text-lg font-bold">{m.app.name}</p>
          <LanguageSwitch locale={locale} m={m} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-md flex-1 px-4 py-12 focus:outline-none">
        <h1 className="text-2xl font-bold">{m.login.title}</h1>
        <p className="mt-2 text-slate-700">{m.login.intro}</p>
        <SignInForm m={m.login} />
      </main>
      <PortalFooter m={m} />
    </>
  );
}
