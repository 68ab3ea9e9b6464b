import "server-only";
import type ipaddr from "ipaddr.js";
import { env } from "../env.ts";
import { headerValue, peerAddress } from "./peer-address.ts";
import { isTrusted, parseAddress, type TrustRule } from "./trusted-proxies.ts";

// The client address for sign-in throttling. The TCP peer (peer-address.ts) is the client
// unless it is one of the configured reverse proxies (TRUSTED_PROXIES, trusted-proxies.ts).
// Only then is X-Forwarded-For read, from the right: each trusted hop vouches for the entry
// left of it, and the first address that is not a trusted proxy is the client. With no
// TRUSTED_PROXIES the header is ignored.

type HeaderBag = Parameters<typeof peerAddress>[0];

export function clientIpFromHeaders(headers: HeaderBag, rules: TrustRule[] = env().TRUSTED_PROXIES): string | null {
  let client = parseAddress(peerAddress(headers) ?? undefined);
  if (!client) return null;
  if (!isTrusted(client, rules)) return client.toString();
  const hops = (headerValue(headers, "x-forwarded-for") ?? "").split(",").reverse();
  for (const hop of hops) {
    const address = parseAddress(hop);
    if (!address) break; // garbage from an untrusted party: stop at the last trusted hop
    client = address;
    if (!isTrusted(address, rules)) break;
  }
  return client.toString();
}

/** What throttling counts per network: an IPv4 address, or the /64 an IPv6 host holds. */
export function networkKey(ip: string): string {
  const address = parseAddress(ip);
  if (!address) return ip.slice(0, 64);
  if (address.kind() === "ipv4") return address.toString();
  const parts = (address as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(":")}::/64`;
}
