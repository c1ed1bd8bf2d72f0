import { describe, expect, it } from "vitest";
import { attachmentMaxBytes, attachmentRefusal, contentDisposition, DEFAULT_ATTACHMENT_MAX_BYTES, EMAIL_ATTACHMENTS_MAX_BYTES, emailDocuments, isSpecialCategoryTopic, safeFilename } from "@/lib/domain/attachments";
import { canReadConfidential } from "@/lib/domain/confidential";

describe("attachment rules", () => {
  it.each([
    ["application/pdf", 10, null],
    ["image/png", 0, "empty"],
    ["application/pdf", 11, "tooLarge"],
    ["application/x-msdownload", 10, "type"],
    [null, 10, "type"],
  ] as const)("%s of %i bytes → %s", (type, size, expected) => {
    expect(attachmentRefusal(type, size, 10)).toBe(expected);
  });

  it("ATTACHMENT_MAX_BYTES, else 10 MB", () => {
    expect(attachmentMaxBytes({})).toBe(DEFAULT_ATTACHMENT_MAX_BYTES);
    expect(attachmentMaxBytes({ ATTACHMENT_MAX_BYTES: "2048" })).toBe(2048);
  });

  it("names are stripped of paths and control characters, keep an extension, and stay short", () => {
    expect(safeFilename("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeFilename("C:\\Users\\léa\\arrêt\u0000.pdf", "application/pdf")).toBe("arrêt.pdf");
    expect(safeFilename("", "image/png")).toBe("document.png");
    expect(safeFilename(`${"a".repeat(300)}.docx`, "application/pdf")).toHaveLength(120);
  });

  it("downloads are always attachments, the name in ASCII and UTF-8", () => {
    expect(contentDisposition('arrêt "maladie".pdf')).toBe(`attachment; filename="arret _maladie_.pdf"; filename*=UTF-8''arr%C3%AAt%20%22maladie%22.pdf`);
  });

  it("health, absence and RQTH topics are special-category", () => {
    expect(["BREAK_REQUEST", "RQTH", "UPCOMING_ABSENCE"].every((t) => isSpecialCategoryTopic(t as never))).toBe(true);
    expect(isSpecialCategoryTopic("ADMIN_SUPPORT")).toBe(false);
  });

  it("a health or absence topic's confidential part: the learner concerned, advisors, support and the referent; never the mentor, manager or admin", () => {
    for (const topic of ["BREAK_REQUEST", "UPCOMING_ABSENCE"] as const) {
      const request = { learnerId: "l1", topic };
      expect(canReadConfidential({ id: "l1", role: "LEARNER" }, request)).toBe(true);
      expect(canReadConfidential({ id: "l2", role: "LEARNER" }, request)).toBe(false);
      for (const role of ["ADVISOR", "SUPPORT", "DISABILITY_REFERENT"] as const) expect(canReadConfidential({ id: "s", role }, request)).toBe(true);
      for (const role of ["MENTOR", "MENTORSHIP_MANAGER", "ADMIN"] as const) expect(canReadConfidential({ id: "s", role }, request)).toBe(false);
    }
  });

  it("an RQTH topic's confidential part: the learner concerned and the disability referent only", () => {
    const request = { learnerId: "l1", topic: "RQTH" as const };
    expect(canReadConfidential({ id: "l1", role: "LEARNER" }, request)).toBe(true);
    expect(canReadConfidential({ id: "s", role: "DISABILITY_REFERENT" }, request)).toBe(true);
    for (const role of ["ADVISOR", "SUPPORT", "MENTOR", "MENTORSHIP_MANAGER", "ADMIN"] as const) expect(canReadConfidential({ id: "s", role }, request)).toBe(false);
  });
});

describe("which documents an email carries", () => {
  const doc = (id: string, mb: number) => ({ id, sizeBytes: mb * 1024 * 1024 });
  it("all of them, in order, on an ordinary topic", () => {
    expect(emailDocuments("ADMIN_SUPPORT", [doc("a", 1), doc("b", 2)])).toEqual({ attach: ["a", "b"], inPortal: 0 });
    expect(emailDocuments("ADMIN_SUPPORT", [])).toEqual({ attach: [], inPortal: 0 });
  });
  it("none on a health, absence or RQTH topic: they stay in the portal", () => {
    for (const topic of ["BREAK_REQUEST", "RQTH", "UPCOMING_ABSENCE"] as const) expect(emailDocuments(topic, [doc("a", 1)])).toEqual({ attach: [], inPortal: 1 });
  });
  it("only while the email stays under its size limit; the rest stay in the portal", () => {
    expect(EMAIL_ATTACHMENTS_MAX_BYTES).toBe(20 * 1024 * 1024);
    expect(emailDocuments("ADMIN_SUPPORT", [doc("a", 10), doc("b", 10), doc("c", 1)])).toEqual({ attach: ["a", "b"], inPortal: 1 });
    expect(emailDocuments("ADMIN_SUPPORT", [doc("a", 10), doc("b", 10.5), doc("c", 9)])).toEqual({ attach: ["a", "c"], inPortal: 1 });
  });
});
