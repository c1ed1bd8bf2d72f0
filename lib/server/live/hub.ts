import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { mayHearAboutRequest } from "@/lib/server/data/live";
import { errorFields, log } from "@/lib/server/log";
import { parseLiveEvent, sseFrame, type LiveEvent } from "@/lib/domain/live-events";
import { LiveListener } from "./listener";

// Per app server process: the one LISTEN connection and the browsers connected to this
// server's /api/events. Each event reaches only the streams it is meant for: a
// notification its recipient, news of a request only who may see that request (checked
// against the database, the verdict kept a few seconds per person and request), a
// sign-out or a revocation closes the streams of that session or account.

export type Subscriber = { actor: Actor; sid: string; send: (frame: string) => void; close: () => void };

const ACCESS_TTL_MS = 10_000;
const STAFF = new Set<Actor["role"]>(["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"]);

export class LiveHub {
  private readonly subscribers = new Set<Subscriber>();
  private readonly access = new Map<string, { allowed: Promise<boolean>; until: number }>();
  private listener: LiveListener | null = null;

  constructor(
    private readonly connectionString: () => string | undefined,
    private readonly mayHear: (actor: Actor, requestId: string) => Promise<boolean> = mayHearAboutRequest,
  ) {}

  /** Adds a stream; the first one starts the LISTEN connection. Answers the unsubscribe. */
  subscribe(subscriber: Subscriber): () => void {
    this.subscribers.add(subscriber);
    this.ensureListening();
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  get size(): number {
    return this.subscribers.size;
  }

  private ensureListening(): void {
    if (this.listener) return;
    const url = this.connectionString();
    if (!url) return;
    this.listener = new LiveListener({
      connectionString: url,
      onNotification: (payload) => void this.dispatch(parseLiveEvent(payload)),
      // Events sent while the connection was down are lost: every browser refetches.
      onReconnect: () => this.broadcast(sseFrame("ready", { resync: "1" })),
      onError: (error) => log.warn("live channel connection lost", errorFields(error)),
    });
    void this.listener.start();
  }

  private broadcast(frame: string): void {
    for (const s of this.subscribers) s.send(frame);
  }

  private allowed(actor: Actor, requestId: string): Promise<boolean> {
    const key = `${actor.id}:${actor.role}:${requestId}`;
    const now = Date.now();
    const cached = this.access.get(key);
    if (cached && cached.until > now) return cached.allowed;
    if (this.access.size > 5_000) this.access.clear();
    const allowed = this.mayHear(actor, requestId).catch(() => false);
    this.access.set(key, { allowed, until: now + ACCESS_TTL_MS });
    return allowed;
  }

  /** Routes one event to the streams it is meant for. */
  async dispatch(event: LiveEvent | null): Promise<void> {
    if (!event) return;
    const targets = [...this.subscribers];
    switch (event.k) {
      case "n":
        for (const s of targets) if (s.actor.id === event.u) s.send(sseFrame("notification"));
        return;
      case "s":
        for (const s of targets) if (s.sid === event.s) s.close();
        return;
      case "v":
        for (const s of targets) if (s.actor.id === event.u) s.close();
        return;
      case "r":
      case "p": {
        const name = event.k === "r" ? "request" : "presence";
        await Promise.all(
          targets.map(async (s) => {
            // Presence is between staff: a requester never learns who is looking.
            if (event.k === "p" && !STAFF.has(s.actor.role)) return;
            if (await this.allowed(s.actor, event.r)) s.send(sseFrame(name, { r: event.r }));
          }),
        );
        return;
      }
    }
  }

  async stop(): Promise<void> {
    for (const s of [...this.subscribers]) s.close();
    this.subscribers.clear();
    await this.listener?.stop();
    this.listener = null;
  }
}

const globalForLive = globalThis as unknown as { portalLiveHub?: LiveHub };

/** This process's hub (one across `next dev` reloads too). */
export function liveHub(): LiveHub {
  if (!globalForLive.portalLiveHub) {
    const hub = new LiveHub(() => process.env.DATABASE_URL);
    globalForLive.portalLiveHub = hub;
    // A server asked to stop waits for its open connections: streams end at once (browsers reconnect elsewhere).
    for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void hub.stop());
  }
  return globalForLive.portalLiveHub;
}
