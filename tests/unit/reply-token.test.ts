import { describe, expect, it } from "vitest";
import { REPLY_GRACE_DAYS, replyAddress, replyWindowOpen, signReplyToken, tokenFromAddresses, verifyReplyToken } from "@/lib/domain/reply-token";

const SECRET = "a-long-test-secret-for-reply-tokens";
const token = { number: 1234, userId: "cmx5q4g9a000mqd7d4xeor4jp" };

describe("reply tokens", () => {
  it("round-trips the request number and the recipient", () => {
    expect(verifyReplyToken(SECRET, signReplyToken(SECRET, token))).toEqual(token);
  });

  it("refuses a token moved to another request or recipient, forged, or signed with another secret", () => {
    const signed = signReplyToken(SECRET, token);
    expect(verifyReplyToken(SECRET, signed.replace("1234-", "1235-"))).toBeNull();
    expect(verifyReplyToken(SECRET, signed.replace(token.userId, "cmx5q4g9a000mqd7d4xeor4jq"))).toBeNull();
    expect(verifyReplyToken(SECRET, `${signed.slice(0, -1)}${signed.endsWith("a") ? "b" : "a"}`)).toBeNull();
    expect(verifyReplyToken("another-secret-another-secret-xx", signed)).toBeNull();
    expect(verifyReplyToken(SECRET, "")).toBeNull();
    expect(verifyReplyToken(SECRET, "0-x-aaaaaaaaaaaaaaaa")).toBeNull();
  });

  it("survives a relay that upper-cases the address", () => {
    expect(verifyReplyToken(SECRET, signReplyToken(SECRET, token).toUpperCase())).toEqual(token);
  });

  it("makes an address with a local part under 64 characters, found back among the recipients", () => {
    const address = replyAddress(SECRET, "Reply.Ecole.Test", { number: 9_999_999, userId: token.userId });
    expect(address.split("@")[0].length).toBeLessThanOrEqual(64);
    expect(address.endsWith("@reply.ecole.test")).toBe(true);
    const found = tokenFromAddresses(["someone@ecole.test", address.toUpperCase()], "reply.ecole.test");
    expect(found && verifyReplyToken(SECRET, found)).toEqual({ number: 9_999_999, userId: token.userId });
    expect(tokenFromAddresses(["reply+x@other.test", "reply+@reply.ecole.test"], "reply.ecole.test")).toBeNull();
  });

  it("a request takes replies while open and for the grace period after it is done", () => {
    const now = new Date("2026-12-20T10:00:00Z");
    const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
    expect(replyWindowOpen({ status: "WAITING_FOR_REQUESTER", resolvedAt: null, closedAt: null }, now)).toBe(true);
    expect(replyWindowOpen({ status: "RESOLVED", resolvedAt: daysAgo(REPLY_GRACE_DAYS - 1), closedAt: null }, now)).toBe(true);
    expect(replyWindowOpen({ status: "CLOSED", resolvedAt: null, closedAt: daysAgo(REPLY_GRACE_DAYS + 1) }, now)).toBe(false);
  });
});
