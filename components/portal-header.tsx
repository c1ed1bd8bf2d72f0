import Link from "next/link";
import type { Actor } from "@/lib/server/auth/actor";
import { homeFor } from "@/lib/domain/roles";
import { format, type AppLocale, type Messages } from "@/lib/i18n";
import { signOutAction } from "@/lib/server/actions/sign-out";
import { LanguageSwitch } from "./language-switch";
import { PortalNav } from "./portal-nav";
import { NAV_BY_ROLE } from "@/lib/domain/navigation";

export function PortalHeader({ actor, locale, m }: { actor: Actor; locale: AppLocale; m: Messages }) {
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <p className="min-w-0 text-lg font-bold">
          <Link href={homeFor(actor.role)} className="text-slate-900 no-underline hover:underline">
            {m.app.name}
          </Link>
        </p>
        <div className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-2">
          <p className="text-sm">
            {format(m.app.signedInAs, { name: `${actor.firstName} ${actor.lastName}` })}
            <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-800">{m.roles[actor.role]}</span>
          </p>
          <LanguageSwitch locale={locale} m={m} />
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100">
              {m.app.signOut}
            </button>
          </form>
        </div>
      </div>
      <PortalNav items={NAV_BY_ROLE[actor.role]} labels={m.nav} label={m.app.mainNav} />
    </header>
  );
}
