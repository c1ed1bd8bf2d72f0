import type { Metadata } from "next";
import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";
import { inspectAuthToken } from "@/lib/server/data/auth-tokens";
import { PublicShell } from "../../public-shell";
import { setPasswordAction } from "./actions";
import { SetPasswordForm } from "./set-password-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.account.setPassword.titleInvitation, referrer: "no-referrer" };
}

export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const [{ locale, m }, valid] = await Promise.all([getMessages(), inspectAuthToken(token)]);
  const t = m.account.setPassword;
  return (
    <PublicShell locale={locale} m={m}>
      {valid ? (
        <>
          <h1 className="text-2xl font-bold">{valid.purpose === "INVITATION" ? t.titleInvitation : t.titleReset}</h1>
          <p className="mt-2 text-slate-700">{t.intro}</p>
          <SetPasswordForm m={{ account: m.account, forms: m.forms }} action={setPasswordAction.bind(null, token)} />
        </>
      ) : (
        <>
          <h1 className="text-2xl font-bold">{t.invalidTitle}</h1>
          <p className="mt-2">{t.invalid}</p>
          <p className="mt-6">
            <Link href="/forgot-password">{t.askAgain}</Link>
          </p>
        </>
      )}
    </PublicShell>
  );
}
