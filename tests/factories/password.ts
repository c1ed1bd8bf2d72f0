import bcrypt from "bcryptjs";

/** The password of every factory user unless a test passes its own. */
export const TEST_PASSWORD = "mot-de-passe-de-test";

let testHash: string | undefined;

/** bcrypt is slow on purpose: hash the test password once per process. */
export function testPasswordHash(): string {
  testHash ??= bcrypt.hashSync(TEST_PASSWORD, 10);
  return testHash;
}

export function hashPassword(password: string): string {
  return bcrypt.hashSync(password, 10);
}
