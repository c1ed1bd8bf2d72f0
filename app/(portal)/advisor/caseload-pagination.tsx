import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CaseloadQuery } from "@/lib/schemas/caseload-query";

/** Keyset links that keep the filters: "next" carries the last row's id, "first" drops it. */
export async function CaseloadPagination({ query, nextCursor }: { query: CaseloadQuery; nextCursor: string | null }) {
  if (!query.after && !nextCursor) return null;
  const t = await getTranslations("common");
  const href = (after?: string) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...query, after })) if (value) params.set(key, value);
    const qs = params.toString();
    return qs ? `/advisor?${qs}` : "/advisor";
  };
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex gap-4">
      {query.after ? <Link href={href(undefined)}>{t("previous")}</Link> : null}
      {nextCursor ? <Link href={href(nextCursor)}>{t("next")}</Link> : null}
    </nav>
  );
}
