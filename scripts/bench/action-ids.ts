import { readFileSync } from "node:fs";

// Server action ids of the production build, from .next/server/server-reference-manifest.json
// ({ node: { <id>: { filename, exportedName, workers } } }). Ids change with every build,
// so the benchmark looks them up instead of hard-coding them.

export type ActionManifest = { node?: Record<string, { filename?: string; exportedName?: string; workers?: Record<string, unknown> }> };

export function readActionManifest(path = ".next/server/server-reference-manifest.json"): ActionManifest {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as ActionManifest;
  } catch (error) {
    throw new Error(`bench: cannot read ${path} (${(error as Error).message}); run \`npm run build\` first.`);
  }
}

/** The id of `exportedName` from `filename` (e.g. "app/organizer/events/[eventId]/sessions/actions.ts"). */
export function findActionId(manifest: ActionManifest, filename: string, exportedName: string): string {
  const entries = Object.entries(manifest.node ?? {});
  const matches = entries.filter(([, a]) => a.filename === filename && a.exportedName === exportedName).map(([id]) => id);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) throw new Error(`bench: ${exportedName} in ${filename} has ${matches.length} action ids (${matches.join(", ")})`);
  const inFile = entries.filter(([, a]) => a.filename === filename).map(([, a]) => a.exportedName);
  throw new Error(
    `bench: server action ${exportedName} not found in ${filename} in the build's manifest` +
      (inFile.length ? ` (that file exports: ${inFile.join(", ")})` : " (no actions from that file; is the build current?)"),
  );
}
