import { getTranslations } from "next-intl/server";
import type { Role } from "@prisma/client";
import { ClientMessages } from "@/components/intl/client-messages";
import { AddFollowerForm, FollowToggle, RemoveFollowerForm } from "./follower-forms";

type Person = { id: string; name: string; role: Role };
export type FollowersView = { followers: Person[]; following: boolean; candidates: Person[]; mentionable: Person[] };

/** The request's followers: who they are, "Suivre / Ne plus suivre", and (staff) adding or removing a colleague. */
export async function FollowersPanel({ id, people, actorId, manage }: { id: string; people: FollowersView; actorId: string; manage: boolean }) {
  const [t, roles] = await Promise.all([getTranslations("followers"), getTranslations("roles")]);
  return (
    <section aria-labelledby="followers-title" className="rounded border border-slate-300 bg-white p-4">
      <h2 id="followers-title" className="mb-2 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm">{t("intro")}</p>
      <ClientMessages namespaces={["followers"]}>
        {people.followers.length === 0 ? (
          <p className="mb-3">{t("none")}</p>
        ) : (
          <ul aria-label={t("listLabel")} className="mb-3 space-y-2">
            {people.followers.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {p.name} ({roles(p.role)}){p.id === actorId ? ` — ${t("you")}` : ""}
                </span>
                {manage && p.id !== actorId ? <RemoveFollowerForm id={id} userId={p.id} name={p.name} /> : null}
              </li>
            ))}
          </ul>
        )}
        <FollowToggle id={id} following={people.following} />
        {manage && people.candidates.length > 0 ? (
          <div className="mt-4">
            <AddFollowerForm id={id} candidates={people.candidates.map((c) => ({ id: c.id, name: c.name, roleLabel: roles(c.role) }))} />
          </div>
        ) : null}
      </ClientMessages>
    </section>
  );
}
