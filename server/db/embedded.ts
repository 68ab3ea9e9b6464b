import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// PostgreSQL compiled to Wasm (PGlite), served over the wire protocol on 127.0.0.1 so the
// app, Prisma's pg adapter and the migration runner use it exactly like a real server.
// No "server-only" marker: the launcher, db scripts and tests import it outside Next.

export const DEFAULT_EMBEDDED_PORT = 54329;
const HOST = "127.0.0.1";
// PGlite is one session underneath, so consumers use a pool of one (DATABASE_POOL_MAX=1).
// The socket server still accepts a few sockets: the launcher's phases (probe, migrate,
// seed, app) run one after another, but a just-closed socket may still be counted for a
// moment when the next one connects, and PGlite-socket would then refuse it.
const MAX_SOCKETS = 4;

export type EmbeddedDb = { url: string; dataDir: string; port: number; stop: () => Promise<void> };

export function defaultDataDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.ACCORD_DATA_DIR ?? ".data", "pglite");
}

export async function startEmbeddedDb(
  opts: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedDb> {
  const dataDir = path.resolve(opts.dataDir ?? defaultDataDir());
  const wanted = opts.port ?? (Number(process.env.EMBEDDED_DB_PORT) || DEFAULT_EMBEDDED_PORT);
  await mkdir(dataDir, { recursive: true });
  const releaseLock = await lockDataDir(dataDir);
  let db: PGlite | undefined;
  try {
    db = await PGlite.create(dataDir);
    const port = (await isPortFree(wanted)) ? wanted : await freePort();
    const server = new PGLiteSocketServer({ db, host: HOST, port, maxConnections: MAX_SOCKETS });
    await server.start();
    // With port 0 the OS picked one; the server knows which.
    const actual = Number(server.getServerConn().split(":").pop());
    let stopped: Promise<void> | undefined;
    const stop = () =>
      (stopped ??= (async () => {
        await server.stop().catch(() => {});
        await db!.close().catch(() => {});
        await releaseLock();
      })());
    // PGlite accepts any user and password; "postgres" keeps URLs conventional.
    return { url: `postgresql://postgres:postgres@${HOST}:${actual}/postgres`, dataDir, port: actual, stop };
  } catch (err) {
    await db?.close().catch(() => {});
    await releaseLock();
    throw err;
  }
}

// Two PGlite instances writing one data directory corrupt it, and nothing in PGlite stops
// that (e.g. `npm run db:migrate` while `npm run dev` runs), so we keep a pid file.
const openInThisProcess = new Set<string>();

async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  if (openInThisProcess.has(dataDir)) throw new Error(`the embedded database in ${dataDir} is already open in this process`);
  const lockFile = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
  const holder = Number(await readFile(lockFile, "utf8").catch(() => ""));
  if (holder && holder !== process.pid && isAlive(holder)) {
    throw new Error(
      `the embedded database in ${dataDir} is in use by process ${holder} (is \`npm run dev\` running?); stop it or set DATABASE_URL`,
    );
  }
  await writeFile(lockFile, String(process.pid));
  openInThisProcess.add(dataDir);
  return async () => {
    openInThisProcess.delete(dataDir);
    await rm(lockFile, { force: true });
  };
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
