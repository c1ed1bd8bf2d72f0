import { requireUser } from "@/lib/server/auth/session";
import { PortalHeader } from "@/components/portal-header";
import { PortalFooter } from "@/components/portal-footer";
import { navBadges } from "@/lib/server/views/nav-badges";

export const dynamic = "force-dynamic";

/** Everything behind sign-in. Each space's layout checks the role again. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireUser();
  const badges = await navBadges(actor);
  return (
    <>
      <PortalHeader actor={actor} badges={badges} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <PortalFooter />
    </>
  );
}
