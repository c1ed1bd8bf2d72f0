import { requireUser } from "@/lib/server/auth/session";
import { getMessages } from "@/lib/i18n/server";
import { PortalHeader } from "@/components/portal-header";
import { PortalFooter } from "@/components/portal-footer";

export const dynamic = "force-dynamic";

/** Everything behind sign-in. Each space's layout checks the role again. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireUser();
  const { locale, m } = await getMessages();
  return (
    <>
      <PortalHeader actor={actor} locale={locale} m={m} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <PortalFooter m={m} />
    </>
  );
}
