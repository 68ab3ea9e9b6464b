import { hash, verify } from "@node-rs/argon2";

// Argon2id (the library's default algorithm) with OWASP's recommended cost: 19 MiB, 2 passes.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Longer inputs are refused before hashing so a 10 kB "password" cannot burn CPU. */
export const MAX_PASSWORD_LENGTH = 256;

export function hashPassword(plain: string): Promise<string> {
  if (plain.length > MAX_PASSWORD_LENGTH) throw new Error("Password too long");
  return hash(plain, OPTIONS);
}

export async function verifyPassword(passwordHash: string, plain: string): Promise<boolean> {
  if (plain.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(passwordHash, plain);
  } catch {
    return false;
  }
}
