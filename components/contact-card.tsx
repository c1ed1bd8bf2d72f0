import { getTranslations } from "next-intl/server";
import { PhoneLink } from "@/components/ui/phone-link";

type Person = { firstName: string; lastName: string; email: string; phone: string | null };

export async function ContactCard({ title, person, empty }: { title: string; person: Person | null; empty: string }) {
  const t = await getTranslations("common");
  return (
    <div className="rounded border border-slate-300 bg-white p-4">
      <h3 className="font-semibold">{title}</h3>
      {person ? (
        <dl className="mt-2 space-y-1">
          <div>
            <dt className="sr-only">{t("name")}</dt>
            <dd>
              {person.firstName} {person.lastName}
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">{t("labelled", { label: t("email") })} </dt>
            <dd className="inline">
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </dd>
          </div>
          {person.phone ? (
            <div>
              <dt className="inline font-medium">{t("labelled", { label: t("phone") })} </dt>
              <dd className="inline">
                <PhoneLink phone={person.phone} />
              </dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p className="mt-2 text-slate-700">{empty}</p>
      )}
    </div>
  );
}
