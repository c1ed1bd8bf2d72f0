import { describe, expect, it } from "vitest";
import { freshDatabase, testDatabaseUrl } from "./db";
import { createUser, uniqueSuffix } from "@/tests/factories";
import { CLOSE_DEMO_ACCOUNTS_SQL } from "@/lib/domain/demo-accounts";
import { countDemoSignIns } from "@/lib/server/data/demo-accounts";
import { countDemoSignIns as launcherCount } from "../../scripts/lib/demo-accounts";

const db = freshDatabase();
const demoEmail = () => `demo.${uniqueSuffix()}@demo.test`;

describe("demo accounts that can sign in (the start-up check)", () => {
  it("counts active demo accounts with a password, the same in the web server and the launcher", async () => {
    expect(await countDemoSignIns()).toBe(0);
    await createUser(db(), { role: "ADMIN", email: demoEmail() });
    await createUser(db(), { role: "MENTOR", email: demoEmail() });
    await createUser(db(), { role: "SUPPORT", email: demoEmail(), active: false }); // deactivated
    await createUser(db(), { role: "ADVISOR", email: demoEmail(), passwordHash: null }); // invited, no password yet
    await createUser(db(), { role: "ADMIN" }); // a real school's address
    await createUser(db(), { role: "ADMIN", email: `demo.${uniqueSuffix()}@demo.test.example.fr` }); // not the demo domain
    expect(await countDemoSignIns()).toBe(2);
    expect(await launcherCount(testDatabaseUrl())).toBe(2);
  });

  it("the SQL the refusal suggests closes them all, and only them", async () => {
    const school = await createUser(db(), { role: "ADMIN" });
    await createUser(db(), { role: "ADMIN", email: demoEmail() });
    await db().$executeRawUnsafe(CLOSE_DEMO_ACCOUNTS_SQL);
    expect(await countDemoSignIns()).toBe(0);
    expect(await launcherCount(testDatabaseUrl())).toBe(0);
    const still = await db().user.findUniqueOrThrow({ where: { id: school.id } });
    expect(still.active && still.passwordHash !== null).toBe(true);
  });
});
