import { getTranslations } from "next-intl/server";
import { formatPhone } from "@/lib/domain/phone";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { PhoneForm } from "./phone-form";

/** "My profile" in the learner's and the mentor's space: who they are, and the number to call them on. */
export async function ProfilePage({ role, me }: { role: "LEARNER" | "MENTOR"; me: { firstName: string; lastName: string; email: string; phone: string | null } }) {
  const t = await getTranslations("profile");
  return (
    <>
      <PageHeading title={t("title")} intro={t(role === "LEARNER" ? "introLearner" : "introMentor")} />
      <dl className="mb-8 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("name")}</dt>
        <dd>{`${me.firstName} ${me.lastName}`}</dd>
        <dt className="font-semibold">{t("email")}</dt>
        <dd>{me.email}</dd>
      </dl>
      <section className="max-w-xl">
        <h2 id="phone-heading" className="mb-4 text-lg font-bold">
          {t("phoneHeading")}
        </h2>
        <ClientMessages namespaces={["profile"]}>
          <PhoneForm values={{ phone: me.phone ? formatPhone(me.phone) : "" }} />
        </ClientMessages>
      </section>
    </>
  );
}
