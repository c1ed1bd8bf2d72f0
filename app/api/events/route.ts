import { auth } from "@/lib/server/auth/auth";
import { claimsOf } from "@/lib/server/auth/session-claims";
import { actorFromSession, checkAuthSession } from "@/lib/server/data/auth-sessions";
import { now } from "@/lib/server/clock";
import { liveHub } from "@/lib/server/live/hub";
import { SSE_HEARTBEAT, sseFrame } from "@/lib/domain/live-events";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 20_000;
// A stream ends within a few minutes anyway: the browser reconnects (and signs in again
// to this check), so no stream outlives what its session allows for long.
const MAX_STREAM_MS = 10 * 60_000;

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * The signed-in person's live events (Server-Sent Events, issue 15): their notifications,
 * news of requests they may see, presence on staff request pages. Signed out: 401 and
 * nothing else (the browser then keeps polling). Each heartbeat checks the session again,
 * and a sign-out on any server closes the stream at once (lib/server/live/hub.ts).
 */
export async function GET(request: Request) {
  const claims = claimsOf(await auth());
  const actor = claims ? await actorFromSession(claims, now()) : null;
  if (!claims || !actor) return new Response("Unauthorized", { status: 401, headers: NO_STORE });

  const encoder = new TextEncoder();
  let cleanup = () => undefined as void;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (frame: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(frame));
        } catch {
          close();
        }
      };
      const close = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        clearTimeout(limit);
        unsubscribe();
        request.signal.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const unsubscribe = liveHub().subscribe({ actor, sid: claims.sid, send, close });
      const heartbeat = setInterval(() => {
        void checkAuthSession(claims, now()).then(
          (verdict) => (verdict === "ok" ? send(SSE_HEARTBEAT) : close()),
          () => close(),
        );
      }, HEARTBEAT_MS);
      const limit = setTimeout(close, MAX_STREAM_MS);
      request.signal.addEventListener("abort", close);
      cleanup = close;
      // The browser waits this long before reconnecting after the stream ends.
      send(`retry: 5000\n\n${sseFrame("ready")}`);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: no compression or proxy buffering in between.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
      Connection: "keep-alive",
    },
  });
}
