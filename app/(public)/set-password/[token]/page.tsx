import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { inspectAuthToken } from "@/lib/server/data/auth-tokens";
import { ClientMessages } from "@/components/intl/client-messages";
import { PublicShell } from "../../public-shell";
import { SetPasswordForm } from "./set-password-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.setPassword");
  return { title: t("titleInvitation"), referrer: "no-referrer" };
}

export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const [t, valid] = await Promise.all([getTranslations("account.setPassword"), inspectAuthToken(token)]);
  return (
    <PublicShell>
      {valid ? (
        <>
          <h1 className="text-2xl font-bold">{valid.purpose === "INVITATION" ? t("titleInvitation") : t("titleReset")}</h1>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
          <ClientMessages namespaces={["account"]}>
            <SetPasswordForm token={token} />
          </ClientMessages>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{t("invalidTitle")}</h1>
          <p className="mt-2">{t("invalid")}</p>
          <p className="mt-6">
            <Link href="/forgot-password">{t("askAgain")}</Link>
          </p>
        </>
      )}
    </PublicShell>
  );
}
