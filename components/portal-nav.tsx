"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { activeNavHref, type NavItem } from "@/lib/domain/navigation";
import { useLive, useLiveOpen } from "@/components/live/live-channel";

/**
 * The role's main navigation. The current section is marked for assistive technology
 * (aria-current) and, not by colour alone, on screen: bold, no underline, and a thick bar.
 * A count beside an item ("2 nouvelles réponses") is part of the link's name. The layout is
 * kept across client-side navigation, so the counts are fetched again on each navigation, on
 * each live event (components/live/live-channel.ts) and, while the live stream is down,
 * every 30 seconds (/api/nav-counts).
 */
export function PortalNav({ items, labels, badges: initial = {}, label }: { items: NavItem[]; labels: Record<string, string>; badges?: Record<string, string[]>; label: string }) {
  const pathname = usePathname();
  const badges = useNavBadges(initial, pathname);
  const active = activeNavHref(items, pathname);
  return (
    <nav aria-label={label} className="mx-auto max-w-6xl px-4">
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === active ? "page" : undefined}
              className={
                item.href === active
                  ? "inline-block border-b-4 border-brand-700 py-2 font-bold text-slate-900 no-underline hover:text-slate-900"
                  : "inline-block border-b-4 border-transparent py-2"
              }
            >
              {labels[item.label]}
              {(badges[item.href] ?? []).map((text) => (
                <span key={text} data-nav-count="" className="ml-2 rounded-full border border-slate-700 bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-900">
                  <span className="sr-only">, </span>
                  {text}
                </span>
              ))}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

const REFRESH_MS = 30_000;

function useNavBadges(initial: Record<string, string[]>, pathname: string): Record<string, string[]> {
  const [badges, setBadges] = useState(initial);
  const live = useLiveOpen();
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const load = () =>
    fetch("/api/nav-counts", { cache: "no-store", credentials: "same-origin" })
      .then((response) => (response.ok ? (response.json() as Promise<Record<string, string[]>>) : null))
      .then((next) => {
        if (next) setBadges(next);
      })
      .catch(() => undefined);
  // A burst of events (a reply notifies and moves the request) asks once.
  useLive(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => void load(), 300);
  });
  useEffect(() => {
    // The page just rendered may have marked something read: ask again once it has.
    const first = setTimeout(load, 500);
    // Polling is the fallback: only while the live stream is not open.
    const timer = live ? null : setInterval(load, REFRESH_MS);
    return () => {
      clearTimeout(first);
      if (timer) clearInterval(timer);
    };
  }, [pathname, live]);
  useEffect(() => () => {
    if (pending.current) clearTimeout(pending.current);
  }, []);
  return badges;
}
