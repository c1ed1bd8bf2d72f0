import { requireRole } from "@/lib/server/auth/session";
import { REPORT_ROLES } from "@/lib/domain/reports/figures";

/** Reports: the Mentorship Manager, administrators and advisors; anyone else gets a 404. */
export default async function Layout({ children }: { children: React.ReactNode }) {
  await requireRole(REPORT_ROLES);
  return <>{children}</>;
}
