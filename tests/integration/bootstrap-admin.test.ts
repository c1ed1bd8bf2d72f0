import { describe, expect, it } from "vitest";
import { bootstrapFirstAdmin, setPasswordWithToken } from "@/lib/server/data/auth-tokens";
import { createUser } from "../factories";
import { freshDatabase } from "./db";

const db = freshDatabase();
const someone = (n: number) => ({ email: `First.Admin${n}@School.example`, firstName: "Ada", lastName: `Martin${n}`, locale: "fr" as const });

describe("the first administrator of a new instance", () => {
  it("only one is created when several operators race on an empty database; the others are told an admin exists", async () => {
    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => bootstrapFirstAdmin(someone(n))));
    const created = outcomes.filter((o) => o.status === "fulfilled" && o.value.ok);
    expect(created).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "fulfilled" && !o.value.ok && o.value.reason === "admin-exists")).toHaveLength(2);
    expect(await db().user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("the printed link sets the password once, and the creation is audited", async () => {
    await db().user.updateMany({ where: { role: "ADMIN" }, data: { active: false } });
    const outcome = await bootstrapFirstAdmin(someone(9));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(await setPasswordWithToken(outcome.token, "une phrase de passe longue")).toBe("ok");
    expect(await setPasswordWithToken(outcome.token, "une autre phrase de passe")).toBe("invalid");
    const admin = await db().user.findUniqueOrThrow({ where: { email: "first.admin9@school.example" } });
    expect(admin.role).toBe("ADMIN");
    expect(await db().auditLog.count({ where: { action: "admin.bootstrap", entityId: admin.id } })).toBe(1);
  });

  it("is refused once an active administrator exists, and for an email already taken", async () => {
    await createUser(db(), { role: "ADMIN" });
    expect(await bootstrapFirstAdmin(someone(20))).toEqual({ ok: false, reason: "admin-exists" });
    await db().user.updateMany({ where: { role: "ADMIN" }, data: { active: false } });
    const learnerEmail = (await createUser(db(), { role: "MENTOR" })).email;
    expect(await bootstrapFirstAdmin({ ...someone(21), email: learnerEmail })).toEqual({ ok: false, reason: "email-taken" });
    expect(await db().user.count({ where: { email: someone(20).email.toLowerCase() } })).toBe(0);
  });
});
