// Unique values for test rows. The random part keeps parallel test workers
// (separate processes, same counter) from colliding on a shared database.
let counter = 0;

export function uniqueSuffix(): string {
  counter += 1;
  return `${counter}${Math.random().toString(36).slice(2, 8)}`;
}

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}.${uniqueSuffix()}@factory.test`.toLowerCase();
}

const FIRST_NAMES = ["Alice", "Bruno", "Chloé", "Damien", "Emma", "Farid", "Gaëlle", "Hugo", "Inès", "Jules"];
const LAST_NAMES = ["Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Michel", "Garcia"];

/** A plausible name that cycles through small lists; tests should not rely on it. */
export function defaultName(): { firstName: string; lastName: string } {
  const n = counter;
  return { firstName: FIRST_NAMES[n % FIRST_NAMES.length], lastName: LAST_NAMES[(n * 7) % LAST_NAMES.length] };
}
