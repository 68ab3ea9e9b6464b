import { existsSync } from "node:fs";
import path from "node:path";

// Next reads .env.local and .env itself, but only in its own process: the launcher must
// read them too, or a DATABASE_URL kept in .env would be ignored in favour of the embedded
// database. Variables already set in the shell win, as with Next.
export function loadDotenv(mode: "development" | "production"): void {
  for (const file of [`.env.${mode}.local`, ".env.local", `.env.${mode}`, ".env"]) {
    const full = path.resolve(file);
    if (existsSync(full)) process.loadEnvFile(full);
  }
}
