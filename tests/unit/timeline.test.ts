import { describe, expect, it } from "vitest";
import { buildTimeline } from "@/lib/domain/timeline";

const none = { sessions: [], requests: [], breaks: [], cases: [], exchanges: [], milestones: [] };

describe("signals in the timeline", () => {
  it.each([
    // resolvedAt                       note                 entries (newest first)
    [null, null, [["signal", {}]]],
    [new Date("2026-12-01T10:00:00Z"), "Appelée, reprend lundi", [["signal-handled", { note: "Appelée, reprend lundi" }], ["signal", {}]]],
    [new Date("2026-12-01T10:00:00Z"), null, [["signal-handled", { note: "" }], ["signal", {}]]],
  ] as const)("resolved %s with note %j", (resolvedAt, resolutionNote, expected) => {
    const entries = buildTimeline({ ...none, signals: [{ id: "g1", createdAt: new Date("2026-11-30T06:00:00Z"), kind: "COMMITMENT_NOT_KEPT", isoWeek: "2026-W48", resolvedAt, resolutionNote }] });
    expect(entries.map((e) => [e.kind, e.kind === "signal-handled" ? { note: e.detail.note } : {}])).toEqual(expected);
  });
});
