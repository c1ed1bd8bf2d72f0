// Presence on a staff request page (issue 15): "X consulte / répond à cette demande".
// Each open page beats every PRESENCE_BEAT_MS; a row not refreshed within its TTL means
// the person left (a closed tab sends nothing). Typing is short-lived: it reads as
// viewing once the last keystroke beat is older than TYPING_TTL_MS. Pure: no I/O.

export const PRESENCE_STATES = ["VIEWING", "TYPING"] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number];

export const PRESENCE_BEAT_MS = 20_000;
export const PRESENCE_TTL_MS = 45_000;
export const TYPING_TTL_MS = 12_000;

export type PresenceRow = { userId: string; firstName: string; lastName: string; state: string; seenAt: Date };
export type PresenceEntry = { userId: string; name: string; state: PresenceState };

/** Since when a row is still present. */
export function presenceCutoff(now: Date): Date {
  return new Date(now.getTime() - PRESENCE_TTL_MS);
}

/** The others on the page at `now`, typing first, then by name; expired rows and the viewer left out. */
export function livePresence(rows: PresenceRow[], viewerId: string, now: Date): PresenceEntry[] {
  const t = now.getTime();
  return rows
    .filter((r) => r.userId !== viewerId && t - r.seenAt.getTime() < PRESENCE_TTL_MS && r.seenAt.getTime() <= t + 5_000)
    .map((r) => ({
      userId: r.userId,
      name: `${r.firstName} ${r.lastName}`,
      state: (r.state === "TYPING" && t - r.seenAt.getTime() < TYPING_TTL_MS ? "TYPING" : "VIEWING") as PresenceState,
    }))
    .sort((a, b) => (a.state === b.state ? a.name.localeCompare(b.name, "fr") : a.state === "TYPING" ? -1 : 1));
}
