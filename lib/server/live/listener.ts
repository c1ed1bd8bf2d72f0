import pg from "pg";
import { backoffDelay, LIVE_CHANNEL } from "@/lib/domain/live-events";

// One LISTEN connection per app server process (issue 15). A plain pg.Client, outside the
// pool: a pooled connection would be handed to queries. When the connection drops (the
// database restarted, a proxy cut it, an admin terminated it), it reconnects with a
// doubling delay and says so (`onReconnect`), so that streams can tell browsers to refetch
// what they may have missed. pg-listen does the same but has not been released since 2020:
// these few lines are ours.

export type ListenerOptions = {
  connectionString: string;
  channel?: string;
  onNotification: (payload: string | undefined) => void;
  /** After a reconnection (not the first connection): events may have been missed. */
  onReconnect?: () => void;
  onError?: (error: Error) => void;
  minDelayMs?: number;
  maxDelayMs?: number;
};

export class LiveListener {
  private client: pg.Client | null = null;
  private attempt = 0;
  private connectedOnce = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private connecting: Promise<void> | null = null;

  constructor(private readonly options: ListenerOptions) {}

  /** Connects and listens; resolves once listening (or once the first attempt failed and a retry is scheduled). */
  start(): Promise<void> {
    this.stopped = false;
    if (!this.connecting) this.connecting = this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  get listening(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString, keepAlive: true });
    const channel = this.options.channel ?? LIVE_CHANNEL;
    let dropped = false;
    const drop = (error?: Error) => {
      if (dropped) return;
      dropped = true;
      if (error) this.options.onError?.(error);
      if (this.client === client) this.client = null;
      client.removeAllListeners("notification");
      client.end().catch(() => undefined);
      this.schedule();
    };
    client.on("error", drop);
    client.on("end", () => drop());
    client.on("notification", (message) => {
      if (message.channel === channel) this.options.onNotification(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      drop(error as Error);
      return;
    }
    if (this.stopped) {
      dropped = true;
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempt = 0;
    if (this.connectedOnce) this.options.onReconnect?.();
    this.connectedOnce = true;
  }

  private schedule(): void {
    if (this.stopped || this.timer) return;
    const delay = backoffDelay(this.attempt++, this.options.minDelayMs, this.options.maxDelayMs);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.start();
    }, delay);
    this.timer.unref();
  }

  /** Stops listening and cancels any pending reconnection. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.connecting?.catch(() => undefined);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners();
      client.on("error", () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
