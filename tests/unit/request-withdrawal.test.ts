import { describe, expect, it } from "vitest";
import type { RequestStatus } from "@prisma/client";
import { withdrawRefusal } from "@/lib/domain/request-withdrawal";

const answered = new Date("2026-12-01T10:00:00Z");

describe("a requester may withdraw until someone has answered", () => {
  it.each<[RequestStatus, Date | null, ReturnType<typeof withdrawRefusal>]>([
    ["NEW", null, null],
    ["IN_PROGRESS", null, null],
    ["WAITING_FOR_REQUESTER", null, null],
    ["IN_PROGRESS", answered, "alreadyAnswered"],
    ["WAITING_FOR_REQUESTER", answered, "alreadyAnswered"],
    ["RESOLVED", null, "alreadyClosed"],
    ["CLOSED", null, "alreadyClosed"],
    ["CLOSED", answered, "alreadyClosed"],
  ])("%s, answered %s: %s", (status, firstResponseAt, expected) => {
    expect(withdrawRefusal({ status, firstResponseAt })).toBe(expected);
  });
});
