import Link from "next/link";
import { getTranslations } from "next-intl/server";

// A 404 inside the portal (another role's space, a record out of reach) renders
// within the portal's own <main>: a second main landmark would be an error.
export default async function PortalNotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="mx-auto w-full max-w-2xl py-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">{t("body")}</p>
      <p className="mt-6">
        <Link href="/">{t("back")}</Link>
      </p>
    </div>
  );
}
