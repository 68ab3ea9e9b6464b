import "server-only";
import ipaddr from "ipaddr.js";

// TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For Accord believes, as IPs, CIDRs
// or the names loopback, private, uniqueLocal, linkLocal (ipaddr.js does the matching).

export type Address = ReturnType<typeof ipaddr.parse>;
export type TrustRule = { kind: "cidr"; cidr: [Address, number] } | { kind: "range"; name: string };

const RANGES = new Set(["loopback", "private", "uniqueLocal", "linkLocal"]);
/** Parses TRUSTED_PROXIES; throws naming the entry that is neither an IP, a CIDR nor a range name. */
export function parseTrustedProxies(value: string | undefined): TrustRule[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry): TrustRule => {
      if (RANGES.has(entry)) return { kind: "range", name: entry };
      if (ipaddr.isValidCIDR(entry)) return { kind: "cidr", cidr: ipaddr.parseCIDR(entry) };
      if (ipaddr.isValid(entry)) {
        const address = ipaddr.process(entry);
        return { kind: "cidr", cidr: [address, address.kind() === "ipv4" ? 32 : 128] };
      }
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address, a CIDR or one of ${[...RANGES].join(", ")}`);
    });
}

/** An address in canonical form (IPv4-mapped IPv6 as IPv4), or null when it is not one. */
export function parseAddress(value: string | undefined): Address | null {
  const text = value?.trim().replace(/^\[(.*)\]$/, "$1");
  if (!text || !ipaddr.isValid(text)) return null;
  return ipaddr.process(text);
}

export function isTrusted(address: Address, rules: TrustRule[]): boolean {
  return rules.some((rule) => {
    if (rule.kind === "range") return address.range() === rule.name;
    const [net, bits] = rule.cidr;
    return net.kind() === address.kind() && address.match(net, bits);
  });
}
