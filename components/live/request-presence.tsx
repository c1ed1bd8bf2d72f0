"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { PRESENCE_BEAT_MS, type PresenceEntry } from "@/lib/domain/presence";
import { useLive } from "./live-channel";

// A staff request page's presence (issue 15): this page beats (viewing, or typing while
// the reply box is typed in), and shows the other staff on the request. The list is read
// again on each live presence event and, as a fallback, at each beat; it is a polite
// live region, so arrivals and departures are announced without interrupting.

const TYPING_EVENT = "portal:reply-typing";
const TYPING_BEAT_MS = 5_000;
const TYPING_IDLE_MS = 8_000;

/** The reply box calls this on each keystroke. */
export function reportTyping(): void {
  window.dispatchEvent(new Event(TYPING_EVENT));
}

type Beat = "VIEWING" | "TYPING" | "LEFT";

export function RequestPresence({ requestId }: { requestId: string }) {
  const t = useTranslations("live");
  const router = useRouter();
  const [present, setPresent] = useState<PresenceEntry[]>([]);
  const [updated, setUpdated] = useState(false);
  const url = `/api/requests/${requestId}/presence`;

  const load = useCallback(() => {
    void fetch(url, { cache: "no-store", credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<{ present: PresenceEntry[] }>) : null))
      .then((body) => {
        if (body) setPresent(body.present);
      })
      .catch(() => undefined);
  }, [url]);

  const state = useRef<Beat>("VIEWING");
  const lastTypingBeat = useRef(0);
  const beat = useCallback(
    (next: Beat) => {
      state.current = next;
      return fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ state: next }), credentials: "same-origin", keepalive: next === "LEFT" }).catch(() => undefined);
    },
    [url],
  );

  useEffect(() => {
    void beat("VIEWING").then(load);
    const timer = setInterval(() => void beat(state.current === "TYPING" ? "TYPING" : "VIEWING").then(load), PRESENCE_BEAT_MS);
    let idle: ReturnType<typeof setTimeout> | null = null;
    const onTyping = () => {
      const now = Date.now();
      if (state.current !== "TYPING" || now - lastTypingBeat.current > TYPING_BEAT_MS) {
        lastTypingBeat.current = now;
        void beat("TYPING");
      }
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => void beat("VIEWING"), TYPING_IDLE_MS);
    };
    const leave = () => void beat("LEFT");
    window.addEventListener(TYPING_EVENT, onTyping);
    window.addEventListener("pagehide", leave);
    return () => {
      clearInterval(timer);
      if (idle) clearTimeout(idle);
      window.removeEventListener(TYPING_EVENT, onTyping);
      window.removeEventListener("pagehide", leave);
      leave();
    };
  }, [beat, load]);

  useLive((message) => {
    if (message.type === "presence" && message.data.r === requestId) load();
    if (message.type === "ready" && message.data.resync) load();
    if (message.type === "request" && message.data.r === requestId) {
      setUpdated(true);
      router.refresh();
    }
  });

  return (
    <div className="mb-6 space-y-2">
      <div role="status" aria-label={t("presence.label")} aria-atomic="true">
        {present.length > 0 ? (
          <ul className="space-y-1 rounded border border-slate-400 bg-white p-3" data-presence="">
            {present.map((p) => (
              <li key={p.userId} className={p.state === "TYPING" ? "font-semibold" : undefined}>
                {t(`presence.${p.state}`, { name: p.name })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <p role="status" className={updated ? "rounded border-l-4 border-brand-700 bg-white p-2" : undefined}>
        {updated ? t("updated") : ""}
      </p>
    </div>
  );
}
