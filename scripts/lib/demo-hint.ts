// What `npm start` prints so a first-time user can sign in. The accounts come
// from prisma/seed-data/people.ts, which the seed uses.
import { DEMO_LEARNER, DEMO_PASSWORD } from "../../prisma/seed-data/people";

const ACCOUNTS = ["admin", "support", "manager", "conseiller", "mentor"].map((name) => `${name}@demo.test`);

export function demoHint(): string {
  return [
    `Demo accounts (password: ${DEMO_PASSWORD}):`,
    `  ${[...ACCOUNTS, DEMO_LEARNER.email].join(", ")}`,
  ].join("\n");
}
