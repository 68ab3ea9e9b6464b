// `npm run bench:ceiling`: what Next itself can serve on one core of this machine, with no
// Accord code in the way: a minimal App Router app (this repository's own next, react and
// react-dom) with one page prerendered at build time, about as heavy as Accord's event page
// (59 KB of HTML), built in a temporary directory and served by `next start` pinned to one core
// (BENCH_SERVER_CPU, default 0). Measured twice, with the same load generator as `npm run
// bench`: without a proxy.ts, and with a proxy.ts that does nothing but set one header (every
// Accord page goes through proxy.ts: its CSP nonce, the locale redirect, Cache-Control). nginx
// serving the same bytes as a file is the machine's reference. The table goes to
// docs/BENCHMARKS.md between the bench-ceiling markers. Issue 16 asks ≥ 1,000 req/s per
// anonymous page on one core: this is the most any design built on `next start` can reach.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runLoad, type LoadResult } from "./bench/load.ts";
import { writeMarkedSection } from "./bench/marked-section.ts";
import { startStaticNginx } from "./bench/static-nginx.ts";

const DURATION = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const PORT = Number(process.env.BENCH_PORT ?? 3295);
const CPU = process.env.BENCH_SERVER_CPU ?? "0";
const NEXT_BIN = resolve("node_modules/.bin/next");

const PAGE = `export default function Page() {
  const sessions = Array.from({ length: 195 }, (_, i) => i);
  return (
    <main>
      <h1>A static page the size of Accord's event page</h1>
      <ul>
        {sessions.map((i) => (
          <li key={i}>
            <span>Session {i}</span> — a line of text about the session, its venue and its time zone
          </li>
        ))}
      </ul>
    </main>
  );
}
`;
const LAYOUT = `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;
const PROXY = `import { NextResponse } from "next/server";
export function proxy() {
  const response = NextResponse.next();
  response.headers.set("x-bench-proxy", "1");
  return response;
}
export const config = { matcher: ["/((?!_next/static|favicon\\\\.ico).*)"] };
`;
const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["dom", "esnext"],
    jsx: "react-jsx",
    module: "esnext",
    moduleResolution: "bundler",
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    isolatedModules: true,
    esModuleInterop: true,
    resolveJsonModule: true,
    incremental: false,
    plugins: [{ name: "next" }],
  },
  include: ["**/*.ts", "**/*.tsx"],
  exclude: ["node_modules"],
};

/** A minimal Next app in `dir`, using this repository's node_modules; built with `next build`. */
function buildApp(dir: string, withProxy: boolean): void {
  mkdirSync(join(dir, "app"), { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "next-ceiling", private: true, type: "module" }));
  // The app lives outside the repository, node_modules is a link into it: Turbopack's root
  // must contain both.
  writeFileSync(join(dir, "next.config.mjs"), `export default { turbopack: { root: "/" } };\n`);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG, null, 2));
  writeFileSync(join(dir, "app", "layout.tsx"), LAYOUT);
  writeFileSync(join(dir, "app", "page.tsx"), PAGE);
  if (withProxy) writeFileSync(join(dir, "proxy.ts"), PROXY);
  symlinkSync(resolve("node_modules"), join(dir, "node_modules"));
  const built = spawnSync(NEXT_BIN, ["build"], { cwd: dir, encoding: "utf8", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (built.status !== 0) throw new Error(`bench:ceiling: next build failed in ${dir}\n${built.stdout}\n${built.stderr}`);
}

/** Polls `url` until it answers 200 (throws after `timeoutMs`). */
async function answers(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fetch(url).catch(() => null))?.ok) {
    if (Date.now() > deadline) throw new Error(`bench:ceiling: ${url} did not answer in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function serve(dir: string): Promise<ChildProcess> {
  const child = spawn("taskset", ["-c", CPU, NEXT_BIN, "start", "-p", String(PORT)], { cwd: dir, stdio: "ignore", detached: true });
  await answers(`http://127.0.0.1:${PORT}/`, 30_000);
  return child;
}

function stop(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    // already gone
  }
}

type Row = { name: string; body: string; max: LoadResult[]; paced: LoadResult; header: string };

async function measure(name: string, url: string, header: string): Promise<Row> {
  const response = await fetch(url);
  const body = await response.text();
  await runLoad({ url, durationMs: 5_000, connections: CONNECTIONS }); // warm-up: JIT, caches
  const max = [
    await runLoad({ url, durationMs: DURATION, connections: CONNECTIONS }),
    await runLoad({ url, durationMs: DURATION, connections: CONNECTIONS }),
  ];
  const paced = await runLoad({ url, durationMs: DURATION, connections: CONNECTIONS, rate: RATE });
  return { name, body, max, paced, header: response.headers.get(header) ?? "—" };
}

async function main() {
  if (spawnSync("nginx", ["-v"]).error) throw new Error("bench:ceiling: nginx is missing (apt-get install -y nginx)");
  const before = loadavg();
  const root = join(tmpdir(), `accord-next-ceiling-${Date.now().toString(36)}`);
  const rows: Row[] = [];
  try {
    for (const withProxy of [false, true]) {
      const dir = join(root, withProxy ? "with-proxy" : "no-proxy");
      console.log(`bench:ceiling: building ${dir} ...`);
      buildApp(dir, withProxy);
      const server = await serve(dir);
      try {
        const name = withProxy ? "static page, proxy.ts that only sets a header" : "static page, no proxy.ts";
        const row = await measure(name, `http://127.0.0.1:${PORT}/`, withProxy ? "x-bench-proxy" : "x-nextjs-cache");
        rows.push(row);
        if (!withProxy) {
          // nginx, same core, serving the very bytes Next sent.
          const www = join(root, "www");
          mkdirSync(www, { recursive: true });
          writeFileSync(join(www, "page.html"), row.body);
          const stopNginx = startStaticNginx(root, PORT + 1, CPU);
          try {
            await answers(`http://127.0.0.1:${PORT + 1}/page`, 10_000);
            const ref = await measure("nginx, the same bytes as a file", `http://127.0.0.1:${PORT + 1}/page`, "server");
            rows.push(ref);
          } finally {
            stopNginx();
          }
        }
      } finally {
        stop(server);
        await new Promise((r) => setTimeout(r, 1_000));
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  const after = loadavg();
  const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "n/a");
  const next = JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version as string;
  const table = [
    "",
    `## What Next itself serves, one core (\`npm run bench:ceiling\`, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC)`,
    "",
    `A minimal App Router app (next ${next}, this repository's packages, no Accord code), one page prerendered at build time, \`next start\` pinned to CPU ${CPU}; ${CONNECTIONS} connections, ${DURATION / 1000} s per run (two runs), p95 at a paced ${RATE} req/s. Load average ${before.map(fmt).join(" / ")} before, ${after.map(fmt).join(" / ")} after (1/5/15 min, 2 cores).`,
    "",
    "| served | KB | req/s (two runs) | p50 ms | p95 ms at 200 req/s | non-2xx or not sent | marker header |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${(Buffer.byteLength(r.body) / 1024).toFixed(0)} | ${r.max.map((m) => m.rps.toFixed(0)).join(", ")} | ${fmt(r.max[1].p50)} | ${fmt(r.paced.p95)} | ${r.max[0].errors + r.max[1].errors + r.paced.errors} | ${r.header} |`,
    ),
    "",
  ].join("\n");
  writeMarkedSection("docs/BENCHMARKS.md", "<!-- bench-ceiling -->", table, (doc, block) => `${doc}\n${block}\n`);
  console.log(table);
}

await main();
