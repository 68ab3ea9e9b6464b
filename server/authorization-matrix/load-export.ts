import "server-only";
import path from "node:path";

// Loads an inventory key ("app/…/actions.ts#createPersonAction") as the real exported function.

export type Export = (...args: unknown[]) => unknown;

export async function loadExport(key: string): Promise<Export> {
  const [file, name] = key.split("#");
  const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
  const fn = mod[name];
  if (typeof fn !== "function") throw new Error(`${key} is not an exported function`);
  return fn as Export;
}
