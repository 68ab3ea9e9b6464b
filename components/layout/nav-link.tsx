"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { focusRing } from "@/components/ui/focus";

/** A header link that marks itself current (aria-current="page") on its own section. */
export function NavLink({ href, children, matchPrefix }: { href: string; children: ReactNode; matchPrefix?: string }) {
  const pathname = usePathname();
  const current = pathname === href || (matchPrefix ? pathname.startsWith(matchPrefix) : false);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cx(
        "rounded-md px-3 py-2 text-sm font-medium hover:bg-stone-100 hover:text-stone-900",
        current ? "text-brand-700 underline decoration-2 underline-offset-8" : "text-stone-700",
        focusRing,
      )}
    >
      {children}
    </Link>
  );
}
