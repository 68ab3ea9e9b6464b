"use client";

import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

/**
 * next-auth/react's context for client components (useSession). Put it inside the root
 * layout's <body>. It refetches only on window focus; server code never relies on it:
 * authorization uses getCurrentUser() from server/auth/current-user.ts.
 */
export function AuthSessionProvider({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus refetchInterval={0}>
      {children}
    </SessionProvider>
  );
}
