import "server-only";
import { RedirectSignal } from "./request-state.ts";
import type { Outcome } from "./types.ts";

// Turns whatever an action or route handler produced into an Outcome, and says whether it
// is one of the standard refusals.

const REFUSAL_CODES = ["not_found", "forbidden", "unauthenticated"];
const SSE_WAIT_MS = 5_000;

/** Reads an endless text/event-stream body up to its first tally, then hangs up. */
async function readFirstEvents(response: Response, abort?: () => void): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + SSE_WAIT_MS;
  try {
    while (!text.includes("event: tally") && Date.now() < deadline) {
      const chunk = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
      if (!chunk || chunk.done) break;
      text += decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    abort?.();
    await reader.cancel().catch(() => {});
  }
  return text;
}

async function fromValue(value: unknown, abort?: () => void): Promise<Outcome> {
  if (value instanceof Response) {
    const isStream = value.headers.get("content-type")?.startsWith("text/event-stream");
    const body = isStream ? await readFirstEvents(value, abort) : await value.text();
    return { kind: "response", status: value.status, headers: value.headers, body };
  }
  // Form actions hand back { result, values, at }; the others an ActionResult itself.
  const result = value && typeof value === "object" && "result" in value ? (value as { result: unknown }).result : value;
  if (result && typeof result === "object" && "ok" in result) {
    const r = result as { ok: boolean; code?: string };
    return { kind: "result", ok: r.ok === true, code: r.code, value: result };
  }
  throw new Error(`The call returned something the matrix cannot judge: ${JSON.stringify(value)}`);
}

export async function invoke(fn: (...args: unknown[]) => unknown, args: unknown[], abort?: () => void): Promise<Outcome> {
  try {
    return await fromValue(await fn(...args), abort);
  } catch (error) {
    if (error instanceof RedirectSignal) return { kind: "redirect", url: error.url };
    throw error;
  }
}

export function isStandardRefusal(o: Outcome): boolean {
  if (o.kind === "redirect") return o.url.startsWith("/sign-in");
  if (o.kind === "result") return !o.ok && REFUSAL_CODES.includes(o.code ?? "");
  return [401, 403, 404].includes(o.status);
}

export function isSuccess(o: Outcome): boolean {
  if (o.kind === "redirect") return !o.url.startsWith("/sign-in");
  if (o.kind === "result") return o.ok;
  // A route may answer by sending the reader on (the stream link's 303); to sign-in is a refusal.
  if (o.status >= 300 && o.status < 400) return !(o.headers.get("location") ?? "/sign-in").startsWith("/sign-in");
  return o.status >= 200 && o.status < 300;
}

/** A short description for assertion messages. */
export function describeOutcome(o: Outcome): string {
  if (o.kind === "redirect") return `redirect ${o.url}`;
  if (o.kind === "result") return `result ${JSON.stringify(o.value).slice(0, 400)}`;
  return `HTTP ${o.status} ${o.body.slice(0, 300)}`;
}
