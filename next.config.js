import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers.js";

const withNextIntl = createNextIntlPlugin("./server/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The container image (deploy/Dockerfile) runs Next's standalone server; `npm start` and
  // the tests run `next start` on the ordinary build.
  ...(process.env.ACCORD_STANDALONE === "1" ? { output: "standalone" } : {}),
  experimental: {
    // CSV imports of agreements may be up to 5 MB; the importer enforces its own limit.
    serverActions: { bodySizeLimit: "6mb" },
    // "use cache" + cacheTag for public reads (server/public-cache/) without turning on Cache
    // Components app-wide, which would require every cookie-reading page (all of them, via
    // the root layout's signed-in header) to be rebuilt around Suspense: docs/ARCHITECTURE.md.
    useCache: true,
  },
  // Let proxy.ts see client navigations as they are (the RSC header and ?_rsc=): by default
  // Next strips both before the proxy runs, and the canonical-host redirect of an RSC request
  // then came back relative (to the wrong host) instead of to the public address.
  skipProxyUrlNormalize: true,
  // One "use cache" store for every instance: Redis when REDIS_URL is set, else memory.
  cacheHandlers: { default: fileURLToPath(new URL("./server/public-cache/use-cache-handler.mjs", import.meta.url)) },
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
