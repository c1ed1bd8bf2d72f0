import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function PortalFooter() {
  const t = await getTranslations("app");
  return (
    <footer className="border-t border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4 text-sm text-slate-700">
        <p>{t("footer")}</p>
        <p>
          <Link href="/accessibilite">{t("accessibility")}</Link>
        </p>
      </div>
    </footer>
  );
}
