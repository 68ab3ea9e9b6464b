import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// NextAuth signs sessions with NEXTAUTH_SECRET. A fresh random one per start would log
// everybody out on each restart, so the first start writes one to the data directory
// (owner-only) and later starts reuse it. A set NEXTAUTH_SECRET always wins.
export async function ensureAuthSecret(dataRoot: string): Promise<string> {
  const file = path.join(dataRoot, "auth-secret");
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing.length >= 32) return existing;
  await mkdir(dataRoot, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
