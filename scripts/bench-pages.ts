// `npm run bench`: every anonymous public page (home, event, agenda, session, tally, embed,
// the 300-session agenda) and the signed-in delegate's agenda, measured in one run with one
// load generator, next to nginx serving the very same bytes as static files (the practical
// ceiling of this machine). The server is pinned to one core (BENCH_SERVER_CPU, default 0)
// on a fresh database; the table goes to docs/BENCHMARKS.md with the machine's load average,
// which matters on a shared machine. A second nginx runs deploy/nginx.conf itself (its shared
// cache in front of this one server, scripts/bench/nginx-cache-conf.ts) for the column "behind
// nginx's cache", and the run ends by timing how long an organizer's edit takes to show on the
// server and through that cache. Needs `npm run build` and Debian's nginx.
// `npm run bench:agenda` keeps the earlier agenda/mixed scenarios.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users.ts";
import { HttpClient } from "./bench/http-client.ts";
import { fetchHeaders, runLoad, type LoadResult } from "./bench/load.ts";
import { measureEditVisibility, type EditVisibility } from "./bench/edit-visible.ts";
import { benchCacheNginxConf } from "./bench/nginx-cache-conf.ts";
import { writeMarkedSection } from "./bench/marked-section.ts";
import { runPinnedNginx, startStaticNginx } from "./bench/static-nginx.ts";
import { signIn } from "./bench/sign-in.ts";
import { LARGE_SLUG, startBenchServer } from "./bench/start-server.ts";

const SLUG = "dialogue-with-shandong-2020";
const DURATION = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const PORT = Number(process.env.BENCH_PORT ?? 3290);
const NGINX_PORT = Number(process.env.BENCH_NGINX_PORT ?? PORT + 1);
const CACHE_PORT = Number(process.env.BENCH_NGINX_CACHE_PORT ?? PORT + 2);
process.env.BENCH_SERVER_CPU ??= "0";

const PAGES = [
  { name: "home", path: "/en" },
  { name: "event page", path: `/en/events/${SLUG}` },
  { name: "agenda", path: `/en/events/${SLUG}/agenda` },
  { name: "session page", path: `/en/events/${SLUG}/sessions/demo-session-plenary` },
  { name: "tally page", path: `/en/events/${SLUG}/tally` },
  { name: "embed agenda", path: `/embed/events/${SLUG}/agenda?lang=en` },
  { name: "agenda, 300 sessions", path: `/en/events/${LARGE_SLUG}/agenda` },
];

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "n/a");

/** deploy/nginx.conf's proxy cache in front of the bench server, one worker on the server's core. */
function startCachingNginx(root: string, upstream: string): () => void {
  mkdirSync(root, { recursive: true });
  const conf = join(root, "nginx.conf");
  writeFileSync(conf, benchCacheNginxConf({ root, upstream, listen: `127.0.0.1:${CACHE_PORT}` }));
  return runPinnedNginx(conf, process.env.BENCH_SERVER_CPU!);
}

async function main() {
  if (spawnSync("nginx", ["-v"]).error) throw new Error("bench: nginx is missing (apt-get install -y nginx)");
  const load = loadavg();
  const cacheUrl = `http://127.0.0.1:${CACHE_PORT}`;
  // nginx passes the reader's Host on (deploy/nginx.conf); the server must accept that origin.
  const server = await startBenchServer(PORT, { env: { ACCORD_ALLOWED_ORIGINS: cacheUrl } });
  const root = join(tmpdir(), `accord-bench-nginx-${Date.now().toString(36)}`);
  mkdirSync(join(root, "www"), { recursive: true });
  const stopNginx = startStaticNginx(root, NGINX_PORT, process.env.BENCH_SERVER_CPU!);
  const stopCachingNginx = startCachingNginx(join(root, "cache-nginx"), new URL(server.baseUrl).host);
  const rows: string[] = [];
  let visible: EditVisibility[] | null = null;
  try {
    const delegate = new HttpClient(server.baseUrl);
    await signIn(delegate, DEMO_USERS.delegate.email, DEMO_PASSWORD);
    const cookie = delegate.cookieHeader();
    const cases = [
      ...PAGES.map((p) => ({ ...p, headers: {} as Record<string, string> })),
      { name: "agenda, signed-in delegate", path: `/en/events/${SLUG}/agenda`, headers: { cookie } },
    ];
    for (const [i, c] of cases.entries()) {
      const url = `${server.baseUrl}${c.path}`;
      const body = await (await fetch(url, { headers: c.headers })).text();
      writeFileSync(join(root, "www", `${i}.html`), body);
      await runLoad({ url, durationMs: 2_000, connections: 4, headers: c.headers }); // warm-up: fill the caches
      const max: LoadResult = await runLoad({ url, durationMs: DURATION, connections: CONNECTIONS, headers: c.headers });
      const paced: LoadResult = await runLoad({ url, durationMs: DURATION, rate: RATE, connections: CONNECTIONS, headers: c.headers });
      const nginx: LoadResult = await runLoad({
        url: `http://127.0.0.1:${NGINX_PORT}/${i}.html`,
        durationMs: DURATION / 2,
        connections: CONNECTIONS,
      });
      await fetch(`${cacheUrl}${c.path}`, { headers: c.headers }); // fill nginx's cache, as the warm-up fills Next's
      const cached: LoadResult = await runLoad({
        url: `${cacheUrl}${c.path}`,
        durationMs: DURATION / 2,
        connections: CONNECTIONS,
        headers: c.headers,
      });
      // A cache or browser asking whether its copy is still good (If-Modified-Since with the
      // Last-Modified just received): proxy.ts answers 304 without a render. Anonymous only.
      const lastModified = (await fetchHeaders(url, c.headers))["last-modified"];
      const revalidated: LoadResult | null = lastModified
        ? await runLoad({
            url,
            durationMs: DURATION / 2,
            connections: CONNECTIONS,
            headers: { ...c.headers, "if-modified-since": lastModified },
            okStatus: 304,
          })
        : null;
      const kb = Buffer.byteLength(body) / 1024;
      const revalidation = revalidated
        ? `${revalidated.rps.toFixed(0)} (p50 ${fmt(revalidated.p50)}${revalidated.errors ? `, ${revalidated.errors} not 304` : ""})`
        : "—";
      rows.push(
        `| ${c.name} | ${kb.toFixed(0)} | ${max.rps.toFixed(0)} | ${fmt(max.p50)} | ${fmt(paced.p95)} | ${max.errors + paced.errors} | ${revalidation} | ${cached.rps.toFixed(0)} | ${fmt(cached.p50)} | ${nginx.rps.toFixed(0)} |`,
      );
      console.log(rows.at(-1));
    }
    visible = await measureEditVisibility({
      serverUrl: server.baseUrl,
      nginxUrl: cacheUrl,
      databaseUrl: server.databaseUrl,
      sessionId: "demo-session-plenary",
      pagePath: `/en/events/${SLUG}/agenda`,
    });
    console.log("edit visible:", visible);
  } finally {
    stopCachingNginx();
    stopNginx();
    await server.stop();
  }
  const after = loadavg();
  const table = [
    `## Public pages, one core (\`npm run bench\`, ${new Date().toISOString().slice(0, 16)} UTC)`,
    "",
    `Server pinned to CPU ${process.env.BENCH_SERVER_CPU} (taskset), production build, fresh database, Next's cache in memory (no REDIS_URL); ${CONNECTIONS} connections, ${DURATION / 1000} s per run, p95 at a paced ${RATE} req/s; nginx (one worker, same core) serving the same bytes, ${DURATION / 2000} s. Load average of the shared machine: ${load.map((l) => l.toFixed(1)).join(" / ")} before, ${after.map((l) => l.toFixed(1)).join(" / ")} after (1/5/15 min, 2 cores).`,
    "",
    "| page (anonymous unless said) | KB | Accord req/s | p50 ms | p95 ms at " +
      RATE +
      " req/s | failed or not sent | Accord answering If-Modified-Since (304), req/s | Accord behind nginx's cache (deploy/nginx.conf settings), req/s | same, p50 ms | nginx req/s, same bytes as a file |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `"Answering If-Modified-Since": a cache or browser revalidating its copy with the Last-Modified it got (${DURATION / 2000} s per page); proxy.ts answers 304 with no render while no public write came after that second and the copy is under a minute old (lib/http/not-modified.ts). Signed-in answers have no validator (—).`,
    "",
    `"Behind nginx's cache": a second nginx (one worker, the server's core, ${DURATION / 2000} s per page) runs deploy/nginx.conf itself, with only the upstream, cache directory and port replaced (scripts/bench/nginx-cache-conf.ts); signed-in readers bypass its cache, as in the deployment.`,
    "",
    visible
      ? `After an organizer's edit (a session title, through the edit form's server action; ${visible.length} edits in a row) the demo agenda showed it ${visible.every((v) => v.directNextRequest) ? "at the next request every time" : `at the next request ${visible.filter((v) => v.directNextRequest).length} of ${visible.length} times`} on the Accord server itself, and through nginx's cache after ${visible.map((v) => fmt(v.nginxSeconds)).join(", ")} s (polled every 0.1 s): nginx serves its copy for s-maxage=5 s after storing it, then once more stale while it refreshes in the background, so a reader meets the change up to 5 s plus that refresh (one render on the server) late.`
      : "The edit-visibility check did not run.",
    "",
  ].join("\n");
  // Without the markers yet, the table goes right under the document's title.
  writeMarkedSection("docs/BENCHMARKS.md", "<!-- bench-pages -->", table, (doc, block) => {
    const [title, ...rest] = doc.split("\n");
    return `${title}\n\n${block}\n${rest.join("\n")}`;
  });
  console.log(table);
}

await main();
// Keep-alive sockets of the sign-in client would hold the process open.
process.exit(process.exitCode ?? 0);
