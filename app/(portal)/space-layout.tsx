import type { ReactNode } from "react";
import { requireRole } from "@/lib/server/auth/session";
import { SPACE_ROLES, type Space } from "@/lib/domain/roles";

/** Each space's layout: another role gets a 404 before anything renders. */
export async function SpaceGuard({ space, children }: { space: Space; children: ReactNode }) {
  await requireRole(SPACE_ROLES[space]);
  return <>{children}</>;
}
