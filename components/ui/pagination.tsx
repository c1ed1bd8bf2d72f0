import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Keyset pagination links: "next" carries the last row's id; "first" drops it. `basePath` may carry filters (`?q=…`). */
export async function Pagination({ basePath, after, nextCursor }: { basePath: string; after?: string; nextCursor: string | null }) {
  if (!after && !nextCursor) return null;
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex gap-4">
      {after ? <Link href={basePath}>{t("previous")}</Link> : null}
      {nextCursor ? <Link href={`${basePath}${basePath.includes("?") ? "&" : "?"}after=${encodeURIComponent(nextCursor)}`}>{t("next")}</Link> : null}
    </nav>
  );
}
