import Link from "next/link";
import type { Messages } from "@/lib/i18n";

/** Keyset pagination links: "next" carries the last row's id; "first" drops it. `basePath` may carry filters (`?q=…`). */
export function Pagination({ basePath, after, nextCursor, m }: { basePath: string; after?: string; nextCursor: string | null; m: Messages }) {
  if (!after && !nextCursor) return null;
  return (
    <nav aria-label={m.common.pagination} className="mt-4 flex gap-4">
      {after ? <Link href={basePath}>{m.common.previous}</Link> : null}
      {nextCursor ? <Link href={`${basePath}${basePath.includes("?") ? "&" : "?"}after=${encodeURIComponent(nextCursor)}`}>{m.common.next}</Link> : null}
    </nav>
  );
}
