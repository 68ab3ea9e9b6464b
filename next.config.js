import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers.js";

const withNextIntl = createNextIntlPlugin("./server/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // CSV imports of agreements may be up to 5 MB; the importer enforces its own limit.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Let proxy.ts see client navigations as they are (the RSC header and ?_rsc=): by default
  // Next strips both before the proxy runs, so it cannot tell them from page loads and would
  // answer them with cached HTML, which turns every soft navigation to an agenda into a reload.
  skipProxyUrlNormalize: true,
  serverExternalPackages: ["@node-rs/argon2", "pg", "graphile-worker", "nodemailer"],
  async headers() {
    return [
      // The Content-Security-Policy (a nonce per request) and HSTS come from proxy.ts.
      { source: "/:path((?!embed/).*)", headers: securityHeaders },
      // The embeddable agenda is meant to be framed by organizers' own sites; its route sets
      // its own CSP (frame-ancestors *, no scripts).
      { source: "/embed/:path*", headers: securityHeaders.filter((h) => h.key !== "X-Frame-Options") },
    ];
  },
};

export default withNextIntl(nextConfig);
