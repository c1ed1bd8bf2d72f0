import { beforeAll, describe, expect, it } from "vitest";

// No database answers on this port: the health route must say so, not hang or throw.
beforeAll(() => {
  process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:9/nothing";
});

describe("/api/health with the database down", () => {
  it("answers 503", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable" });
  });
});
