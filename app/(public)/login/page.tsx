import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getMessages } from "@/lib/i18n/server";
import { currentActor } from "@/lib/server/auth/session";
import { homeFor } from "@/lib/domain/roles";
import Link from "next/link";
import { PublicShell } from "../public-shell";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.login.title };
}

export default async function LoginPage() {
  const actor = await currentActor();
  if (actor) redirect(homeFor(actor.role));
  const { locale, m } = await getMessages();
  return (
    <PublicShell locale={locale} m={m}>
      <h1 className="text-2xl font-bold">{m.login.title}</h1>
      <p className="mt-2 text-slate-700">{m.login.intro}</p>
      <SignInForm m={m.login} />
      <p className="mt-6">
        <Link href="/forgot-password">{m.account.forgotLink}</Link>
      </p>
    </PublicShell>
  );
}
