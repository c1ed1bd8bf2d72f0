import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";
import { PublicShell } from "../public-shell";
import { ForgotPasswordForm } from "./forgot-password-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.account.forgot.title };
}

export default async function ForgotPasswordPage() {
  const { locale, m } = await getMessages();
  return (
    <PublicShell locale={locale} m={m}>
      <h1 className="text-2xl font-bold">{m.account.forgot.title}</h1>
      <p className="mt-2 text-slate-700">{m.account.forgot.intro}</p>
      <ForgotPasswordForm m={{ account: m.account, forms: m.forms, login: m.login }} />
      <p className="mt-6">
        <Link href="/login">{m.account.forgot.back}</Link>
      </p>
    </PublicShell>
  );
}
