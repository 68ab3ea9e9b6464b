// For scripts that call server/ functions in plain Node (no react-server condition, under
// which next-intl's client half cannot load): "server-only" resolves to an empty module,
// as vitest's stub does (server/testing/stubs/server-only.ts).
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
