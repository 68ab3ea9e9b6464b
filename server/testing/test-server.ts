import net from "node:net";
import { startEmbeddedDb } from "../db/embedded.ts";
import { adminUrl, DEFAULT_ADMIN_URL } from "./admin-url.ts";

// Which PostgreSQL server the tests create their databases on: TEST_DATABASE_URL or
// DATABASE_URL when set; else the machine's server on 127.0.0.1:5432 when something answers
// there; else an embedded PostgreSQL started for this run (temporary data directory, own
// port), whose URL is put into TEST_DATABASE_URL for this process and its children.
export type TestServer = { url: string; label: string; embedded: boolean; stop: () => Promise<void> };

export async function ensureTestServer(log: (m: string) => void = () => {}): Promise<TestServer> {
  const configured = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (configured) return { url: configured, label: hostOf(configured), embedded: false, stop: async () => {} };
  const { hostname, port } = new URL(DEFAULT_ADMIN_URL);
  if (await answers(hostname, Number(port))) {
    return { url: adminUrl(), label: `${hostname}:${port}`, embedded: false, stop: async () => {} };
  }
  log(`no PostgreSQL answers on ${hostname}:${port}; starting an embedded one for this run`);
  const db = await startEmbeddedDb({ ephemeral: true, port: 0 });
  process.env.TEST_DATABASE_URL = db.url;
  return { url: db.url, label: `embedded PostgreSQL ${db.version} on 127.0.0.1:${db.port}`, embedded: true, stop: db.stop };
}

function hostOf(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}`;
}

/** True when a TCP connection opens (whatever then answers is used "as today"). */
export function answers(host: string, port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}
