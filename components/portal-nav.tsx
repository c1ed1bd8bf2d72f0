"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { activeNavHref, type NavItem } from "@/lib/domain/navigation";

/**
 * The role's main navigation. The current section is marked for assistive technology
 * (aria-current) and, not by colour alone, on screen: bold, no underline, and a thick bar.
 */
export function PortalNav({ items, labels, label }: { items: NavItem[]; labels: Record<string, string>; label: string }) {
  const pathname = usePathname();
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
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
