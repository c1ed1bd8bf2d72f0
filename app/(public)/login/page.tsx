import type { Metadata } from "next";
import { redirect } from "next/navigation";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/server/auth/session";
import { landingFor } from "@/lib/domain/roles";
import { ClientMessages } from "@/components/intl/client-messages";
import { PublicShell } from "../public-shell";
import { Banner } from "@/components/ui/banner";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const actor = await currentActor();
  if (actor) redirect(landingFor(actor.role));
  const t = await getTranslations();
  // Auth.js's own endpoint (/api/auth/callback/credentials) comes back here with the code
  // of SignInRateLimited (lib/server/auth/credentials.ts); the form says the exact time itself.
  const limited = (await searchParams).code === "rate_limited";
  return (
    <PublicShell>
      <h1 className="text-2xl font-bold">{t("login.title")}</h1>
      <p className="mt-2 text-slate-700">{t("login.intro")}</p>
      {limited ? (
        <Banner tone="error" className="mt-4">
          {t("login.rateLimitedRedirect")}
        </Banner>
      ) : null}
      <ClientMessages namespaces={["login"]}>
        <SignInForm />
      </ClientMessages>
      <p className="mt-6">
        <Link href="/forgot-password">{t("account.forgotLink")}</Link>
      </p>
    </PublicShell>
  );
}
