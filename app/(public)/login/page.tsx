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
import { safeReturnPath } from "@/lib/domain/return-path";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const [actor, query] = await Promise.all([currentActor(), searchParams]);
  // A booking link in an email opens sign-in with the page to go on to (lib/domain/return-path.ts).
  const next = safeReturnPath(query.next);
  if (actor) redirect(next ?? landingFor(actor.role));
  const t = await getTranslations();
  // Auth.js's own endpoint (/api/auth/callback/credentials) comes back here with the code
  // of SignInRateLimited (lib/server/auth/credentials.ts); the form says the exact time itself.
  const limited = query.code === "rate_limited";
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
        <SignInForm next={next ?? undefined} />
      </ClientMessages>
      <p className="mt-6">
        <Link href="/forgot-password">{t("account.forgotLink")}</Link>
      </p>
    </PublicShell>
  );
}
