import { randomBytes } from "node:crypto";
import type { SeedDb, Text3 } from "./demo-types.ts";

/** Factories take the client or an interactive transaction. */
export type FactoryDb = SeedDb;

let counter = 0;
/** A short string unique within the process and very likely across processes. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${counter.toString(36)}${randomBytes(3).toString("hex")}`;
}

/** A multilingual value with all three languages filled (zh/ja derived from en unless given). */
export function localized(en: string, zh = `${en}（中文）`, ja = `${en}（日本語）`): Text3 {
  return { en, zh, ja };
}
