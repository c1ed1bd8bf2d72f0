import type { Messages } from "@/lib/i18n";

type Person = { firstName: string; lastName: string; email: string; phone: string | null };

export function ContactCard({ title, person, empty, m }: { title: string; person: Person | null; empty: string; m: Messages }) {
  return (
    <div className="rounded border border-slate-300 bg-white p-4">
      <h3 className="font-semibold">{title}</h3>
      {person ? (
        <dl className="mt-2 space-y-1">
          <div>
            <dt className="sr-only">{m.common.name}</dt>
            <dd>
              {person.firstName} {person.lastName}
            </dd>
          </div>
          <div>
            <dt className="inline font-medium">{m.common.email} : </dt>
            <dd className="inline">
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </dd>
          </div>
          {person.phone ? (
            <div>
              <dt className="inline font-medium">{m.common.phone} : </dt>
              <dd className="inline">
                <a href={`tel:${person.phone.replace(/\s/g, "")}`}>{person.phone}</a>
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
