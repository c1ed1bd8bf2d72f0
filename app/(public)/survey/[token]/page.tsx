import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { inspectSurvey } from "@/lib/server/data/satisfaction";
import { ClientMessages } from "@/components/intl/client-messages";
import { PublicShell } from "../../public-shell";
import { SurveyForm } from "./survey-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("satisfaction.page");
  // The token is the credential: never sent on to another site.
  return { title: t("title"), referrer: "no-referrer" };
}

/**
 * The survey a request's or case's requester reaches from the email. The token alone says
 * which invitation it answers (no sign-in: one tap from a phone's mail app); it names
 * nobody, and the page shows only what the question is about.
 */
export default async function SurveyPage({ params }: Props) {
  const { token } = await params;
  const [t, view] = await Promise.all([getTranslations("satisfaction.page"), inspectSurvey(token)]);
  if (view.state !== "open") {
    return (
      <PublicShell>
        <h1 className="text-2xl font-bold">{t(`${view.state}Title`)}</h1>
        <p className="mt-2">{t(view.state)}</p>
      </PublicShell>
    );
  }
  return (
    <PublicShell>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{view.about.kind === "request" ? t("aboutRequest", { number: String(view.about.number) }) : t("aboutCase")}</p>
      <ClientMessages namespaces={["satisfaction"]}>
        <SurveyForm token={token} />
      </ClientMessages>
    </PublicShell>
  );
}
