import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/server/auth/actor";
import { landingFor } from "@/lib/domain/roles";
import { signOutAction } from "@/lib/server/actions/sign-out";
import { NAV_BY_ROLE } from "@/lib/domain/navigation";
import { devMailboxEnabled } from "@/lib/domain/dev-mailbox";
import { LanguageSwitch } from "./language-switch";
import { PortalNav } from "./portal-nav";
import { Button } from "@/components/ui/button";

/** `badges`: the counts beside some items, in words (new replies, to triage…), by href, loaded by the layout. */
export async function PortalHeader({ actor, badges = {} }: { actor: Actor; badges?: Record<string, string[]> }) {
  const t = await getTranslations();
  // The dev mailbox is only there without SMTP and outside production.
  const items = NAV_BY_ROLE[actor.role].filter((item) => item.href !== "/admin/mailbox" || devMailboxEnabled(process.env));
  const labels = Object.fromEntries(items.map((item) => [item.label, t(`nav.${item.label}`)]));
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <p className="min-w-0 text-lg font-bold">
          <Link href={landingFor(actor.role)} className="text-slate-900 no-underline hover:underline">
            {t("app.name")}
          </Link>
        </p>
        <div className="flex min-w-0 flex-wrap items-center gap-x-4 gap-y-2">
          <p className="text-sm">
            {t("app.signedInAs", { name: `${actor.firstName} ${actor.lastName}` })}
            <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-xs font-medium text-slate-800">{t(`roles.${actor.role}`)}</span>
          </p>
          <Link href="/account" className="text-sm">
            {t("myAccount.link")}
          </Link>
          <LanguageSwitch />
          <form action={signOutAction}>
            <Button type="submit" variant="secondary" size="sm">
              {t("app.signOut")}
            </Button>
          </form>
        </div>
      </div>
      <PortalNav items={items} labels={labels} badges={badges} label={t("app.mainNav")} />
    </header>
  );
}
