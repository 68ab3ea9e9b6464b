import "server-only";

type HeaderBag = Record<string, string | string[] | undefined> | Headers | undefined;

/**
 * The client address for per-IP throttling. Next's server fills x-forwarded-for with the
 * socket address when absent; a reverse proxy appends the address it saw. The rightmost
 * entry is therefore the one added by the hop closest to us, which a client cannot forge
 * when a proxy is in front. Without a proxy a client can choose it, which only weakens
 * the per-IP limit; the per-account limit still holds.
 */
export function clientIpFromHeaders(headers: HeaderBag): string | null {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers?.["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  const last = value?.split(",").map((part) => part.trim()).filter(Boolean).pop();
  if (!last) return null;
  // Strip an IPv4-mapped IPv6 prefix so one client has one key.
  return last.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1").slice(0, 64);
}
