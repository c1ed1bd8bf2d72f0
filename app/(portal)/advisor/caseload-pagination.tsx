import Link from "next/link";
import type { Messages } from "@/lib/i18n";
import type { CaseloadQuery } from "@/lib/schemas/caseload-query";

/** Keyset links that keep the filters: "next" carries the last row's id, "first" drops it. */
export function CaseloadPagination({ query, nextCursor, m }: { query: CaseloadQuery; nextCursor: string | null; m: Messages }) {
  if (!query.after && !nextCursor) return null;
  const href = (after?: string) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...query, after })) if (value) params.set(key, value);
    const qs = params.toString();
    return qs ? `/advisor?${qs}` : "/advisor";
  };
  return (
    <nav aria-label={m.common.pagination} className="mt-4 flex gap-4">
      {query.after ? <Link href={href(undefined)}>{m.common.previous}</Link> : null}
      {nextCursor ? <Link href={href(nextCursor)}>{m.common.next}</Link> : null}
    </nav>
  );
}
