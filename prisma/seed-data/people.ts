import type { Role } from "@prisma/client";
import type { Rng } from "./prng";

export interface Person {
  key: string;
  role: Role;
  email: string;
  firstName: string;
  lastName: string;
  phone: string;
}

export const DEMO_PASSWORD = "portail-demo-2026";

type StaffSpec = [key: string, role: Role, firstName: string, lastName: string, email?: string];

// The named demo accounts come first in each role; the others get prenom.nom@demo.test.
const STAFF: StaffSpec[] = [
  ["admin", "ADMIN", "Nadia", "Lefèvre", "admin@demo.test"],
  ["support", "SUPPORT", "Sophie", "Bernard", "support@demo.test"],
  ["support2", "SUPPORT", "Thomas", "Girard"],
  ["manager", "MENTORSHIP_MANAGER", "Karim", "Haddad", "manager@demo.test"],
  ["advisor0", "ADVISOR", "Camille", "Martin", "conseiller@demo.test"],
  ["advisor1", "ADVISOR", "Élodie", "Fabre"],
  ["advisor2", "ADVISOR", "Mehdi", "Benali"],
  ["mentor0", "MENTOR", "Julien", "Moreau", "mentor@demo.test"],
  ["mentor1", "MENTOR", "Claire", "Rousseau"],
  ["mentor2", "MENTOR", "Antoine", "Lambert"],
  ["mentor3", "MENTOR", "Inès", "Mercier"],
  ["mentor4", "MENTOR", "Hugo", "Faure"],
  ["mentor5", "MENTOR", "Aminata", "Diallo"],
];

export const DEMO_LEARNER = { firstName: "Léa", lastName: "Dubois", email: "apprenant@demo.test" };

const FIRST_NAMES = [
  "Lucas", "Emma", "Nathan", "Chloé", "Hugo", "Manon", "Théo", "Camille", "Louis", "Sarah",
  "Enzo", "Inès", "Mathis", "Jade", "Gabriel", "Louise", "Yanis", "Lina", "Maxime", "Océane",
  "Rayan", "Clara", "Adrien", "Zoé", "Romain", "Anaïs", "Kevin", "Mélanie", "Bastien", "Justine",
  "Samir", "Fatou", "Mathilde", "Quentin", "Aurélie", "Nicolas", "Laura", "Jérémy", "Pauline", "Sofiane",
  "Margaux", "Alexandre", "Yasmine", "Benoît", "Noémie", "Thibault", "Amandine", "Malik", "Céline", "Florian",
];

const LAST_NAMES = [
  "Petit", "Durand", "Leroy", "Simon", "Laurent", "Michel", "Garcia", "David", "Bertrand", "Roux",
  "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier",
  "Chevalier", "François", "Legrand", "Gauthier", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry",
  "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire",
  "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas",
  "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Nguyen",
  "Benaïssa", "Da Silva", "Traoré", "Lopez", "Kone", "Ferreira", "Bouchet", "Ouattara", "Colin", "Leclerc",
];

function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * A mobile number in the range ARCEP reserves for fiction (06 39 98 00 00 – 06 39 98 99 99:
 * never assigned, so a demo call reaches nobody), stored in E.164 like the portal stores them.
 */
function phone(rng: Rng): string {
  return `+3363998${String(rng.int(0, 9999)).padStart(4, "0")}`;
}

function emailFor(firstName: string, lastName: string, taken: Set<string>): string {
  const base = `${slug(firstName)}.${slug(lastName)}`;
  let email = `${base}@demo.test`;
  for (let n = 2; taken.has(email); n += 1) email = `${base}${n}@demo.test`;
  taken.add(email);
  return email;
}

export function staffPeople(rng: Rng, taken: Set<string>): Person[] {
  return STAFF.map(([key, role, firstName, lastName, email]) => {
    const address = email ?? emailFor(firstName, lastName, taken);
    taken.add(address);
    return { key, role, firstName, lastName, email: address, phone: phone(rng) };
  });
}

/** The demo learner first, then `count - 1` learners with distinct names. */
export function learnerPeople(rng: Rng, count: number, taken: Set<string>): Person[] {
  const used = new Set([`${DEMO_LEARNER.firstName} ${DEMO_LEARNER.lastName}`, ...STAFF.map((s) => `${s[2]} ${s[3]}`)]);
  taken.add(DEMO_LEARNER.email);
  const people: Person[] = [{ key: "learner0", role: "LEARNER", ...DEMO_LEARNER, phone: phone(rng) }];
  while (people.length < count) {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    if (used.has(`${firstName} ${lastName}`)) continue;
    used.add(`${firstName} ${lastName}`);
    const email = emailFor(firstName, lastName, taken);
    people.push({ key: `learner${people.length}`, role: "LEARNER", firstName, lastName, email, phone: phone(rng) });
  }
  return people;
}
