"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { activeNavHref, type NavItem } from "@/lib/domain/navigation";

/** The role's main navigation; the current section is marked with aria-current. */
export function PortalNav({ items, labels, label }: { items: NavItem[]; labels: Record<string, string>; label: string }) {
  const pathname = usePathname();
  const active = activeNavHref(items, pathname);
  return (
    <nav aria-label={label} className="mx-auto max-w-6xl px-4 pb-2">
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.href === active ? "page" : undefined}
              className={item.href === active ? "font-bold text-slate-900" : undefined}
            >
              {labels[item.label]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
