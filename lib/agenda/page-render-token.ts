// The page cache renders a public agenda by asking this same server for it, marked with
// PAGE_RENDER_HEADER so proxy.ts lets the request through to the page instead of back to
// the cache. The header's value is a random secret of this process, so a client that
// sends the header itself is answered like any other anonymous reader. Kept on globalThis
// because proxy.ts and the route handler are separate bundles in one process.

export const PAGE_RENDER_HEADER = "x-accord-page-render";

const g = globalThis as unknown as { accordPageRenderToken?: string };

/** The secret, created on first use (by the page cache, before its first render). */
export function pageRenderToken(): string {
  return (g.accordPageRenderToken ??= crypto.randomUUID());
}

/**
 * Whether a request is the page cache's own render. Before the cache has made its
 * secret no render can be under way, so the bare header is then enough: that keeps a
 * proxy that somehow did not share this process's globals from looping back into the
 * cache, and costs nothing (there is no cache to bypass yet).
 */
export function isPageRender(headerValue: string | null): boolean {
  if (headerValue === null) return false;
  return g.accordPageRenderToken === undefined || headerValue === g.accordPageRenderToken;
}
