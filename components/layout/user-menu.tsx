"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";

export type UserMenuLink = { href: string; label: string };

/**
 * The signed-in menu: a disclosure button (the user's initial and name) opening a list of
 * the places this role has (workspace, my agenda) and the sign-out control. Closes on
 * Escape, on a click outside and after navigating.
 */
export function UserMenu({ name, label, links, signOut }: { name: string; label: string; links: UserMenuLink[]; signOut: ReactNode }) {
  const pathname = usePathname();
  // Open on the page where it was opened: navigating closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onClick = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpenOn(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    document.addEventListener("mousedown", onClick);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onClick);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen(!open)}
        className={cx("flex min-h-9 items-center gap-2 rounded-lg px-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100", focusRing)}
      >
        <span aria-hidden className="grid size-8 place-items-center rounded-full bg-brand-100 text-sm font-bold text-brand-900">
          {initial(name)}
        </span>
        <span aria-hidden className="hidden max-w-40 truncate md:inline">
          {name}
        </span>
        <span className="sr-only">{label}</span>
        <svg aria-hidden viewBox="0 0 20 20" className={cx("size-4 text-stone-500 transition", open && "rotate-180")} fill="currentColor">
          <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
        </svg>
      </button>
      <div
        id={`${id}-menu`}
        hidden={!open}
        className="absolute right-0 z-30 mt-2 w-56 rounded-xl border border-stone-200 bg-white p-1.5 shadow-lg"
      >
        <p className="truncate px-3 py-2 text-xs text-stone-600">{label}</p>
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={pathname === link.href ? "page" : undefined}
                className={cx("block rounded-md px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100", focusRing)}
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
        <div className="mt-1 border-t border-stone-200 pt-1.5">{signOut}</div>
      </div>
    </div>
  );
}

function initial(name: string): string {
  return Array.from(name.trim())[0]?.toUpperCase() ?? "?";
}
