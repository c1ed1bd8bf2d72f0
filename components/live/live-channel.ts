"use client";
import { useEffect, useRef, useSyncExternalStore } from "react";

// The browser's side of the live channel (issue 15): one EventSource per tab on
// /api/events (same origin, so the CSP's connect-src 'self' allows it), shared by every
// component that listens. When it fails (a 401 once signed out, a proxy that drops
// streams, a server restarting), `useLiveOpen()` turns false and the components go back
// to polling; it tries again later on its own.

export type LiveMessage = { type: "notification" | "request" | "presence" | "ready"; data: { r?: string; resync?: string } };
type Listener = (message: LiveMessage) => void;

const TYPES = ["notification", "request", "presence", "ready"] as const;
const listeners = new Set<Listener>();
const openListeners = new Set<() => void>();
let source: EventSource | null = null;
let open = false;
let retry: ReturnType<typeof setTimeout> | null = null;
let failures = 0;

function setOpen(next: boolean) {
  if (open === next) return;
  open = next;
  for (const l of openListeners) l();
}

function connect() {
  if (source || typeof EventSource === "undefined") return;
  const es = new EventSource("/api/events", { withCredentials: true });
  source = es;
  es.onopen = () => {
    failures = 0;
    setOpen(true);
  };
  es.onerror = () => {
    setOpen(false);
    // CONNECTING: the browser retries by itself. CLOSED (an HTTP error): we retry, later and later.
    if (es.readyState === EventSource.CLOSED) {
      es.close();
      source = null;
      if (listeners.size > 0 && !retry) {
        const delay = Math.min(300_000, 5_000 * 2 ** Math.min(failures++, 6));
        retry = setTimeout(() => {
          retry = null;
          if (listeners.size > 0) connect();
        }, delay);
      }
    }
  };
  for (const type of TYPES) {
    es.addEventListener(type, (event) => {
      let data: LiveMessage["data"] = {};
      try {
        data = JSON.parse((event as MessageEvent<string>).data) as LiveMessage["data"];
      } catch {
        // a frame we do not know: ignored
      }
      for (const l of [...listeners]) l({ type, data });
    });
  }
}

function disconnect() {
  source?.close();
  source = null;
  if (retry) clearTimeout(retry);
  retry = null;
  setOpen(false);
}

/** Calls `onMessage` for each live event while mounted. */
export function useLive(onMessage: Listener): void {
  const latest = useRef(onMessage);
  useEffect(() => {
    latest.current = onMessage;
  });
  useEffect(() => {
    const listener: Listener = (m) => latest.current(m);
    listeners.add(listener);
    connect();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) disconnect();
    };
  }, []);
}

function subscribeOpen(onChange: () => void): () => void {
  openListeners.add(onChange);
  return () => {
    openListeners.delete(onChange);
  };
}

/** Whether the live stream is open right now (false: poll). */
export function useLiveOpen(): boolean {
  return useSyncExternalStore(subscribeOpen, () => open, () => false);
}
