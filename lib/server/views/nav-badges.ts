import "server-only";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/server/auth/actor";
import { getNavCounts } from "@/lib/server/data/request-reads";

/** The counts beside the actor's navigation items, in words ("2 nouvelles réponses"), by href; zeros left out. */
export async function navBadges(actor: Actor): Promise<Record<string, string[]>> {
  const [t, counts] = await Promise.all([getTranslations("navCounts"), getNavCounts(actor)]);
  return Object.fromEntries(Object.entries(counts).map(([href, list]) => [href, list.filter((c) => c.count > 0).map((c) => t(c.key, { count: c.count }))]));
}
