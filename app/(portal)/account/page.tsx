import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/server/auth/session";
import { PageHeading } from "@/components/ui/page-heading";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { signOutEverywhereAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("myAccount");
  return { title: t("title") };
}

/** Every role's own account page (linked from the header): who is signed in, and ending every session. */
export default async function AccountPage() {
  const actor = await requireUser();
  const t = await getTranslations();
  return (
    <>
      <PageHeading title={t("myAccount.title")} intro={t("myAccount.intro")} />
      <dl className="mb-8 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("myAccount.name")}</dt>
        <dd>{`${actor.firstName} ${actor.lastName}`}</dd>
        <dt className="font-semibold">{t("myAccount.email")}</dt>
        <dd>{actor.email}</dd>
        <dt className="font-semibold">{t("myAccount.role")}</dt>
        <dd>{t(`roles.${actor.role}`)}</dd>
      </dl>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="mb-2 text-lg font-semibold">{t("myAccount.sessionsTitle")}</h2>
        <p className="mb-4 max-w-prose">{t("myAccount.sessionsBody")}</p>
        <form id="sign-out-everywhere-form" action={signOutEverywhereAction}>
          <ConfirmDialog
            form="sign-out-everywhere-form"
            triggerLabel={t("myAccount.signOutEverywhere")}
            title={t("myAccount.signOutEverywhereTitle")}
            description={t("myAccount.signOutEverywhereBody")}
            confirmLabel={t("myAccount.signOutEverywhereConfirm")}
            cancelLabel={t("myAccount.cancel")}
          />
        </form>
      </section>
    </>
  );
}
