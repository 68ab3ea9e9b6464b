import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

// The drill talks to the server the way browsers do: plain GETs, next-auth's credentials
// sign-in, and server actions posted as React's fetch encoding (the `Next-Action` header
// plus encodeReply's multipart body), with a same-origin Origin header.

/** A request slower than this counts as hung (bursts of 50–100 writes get BURST_MS). */
export const HANG_MS = 15_000;
export const BURST_MS = 120_000;

export type Timed = { status: number; ms: number; body: string; headers: Headers; error?: string };

export async function timedFetch(url: string, init: RequestInit = {}, timeoutMs = HANG_MS): Promise<Timed> {
  const started = performance.now();
  try {
    const res = await fetch(url, { redirect: "manual", ...init, signal: AbortSignal.timeout(timeoutMs) });
    const body = await res.text();
    return { status: res.status, ms: performance.now() - started, body, headers: res.headers };
  } catch (e) {
    const error =
      (e as Error).name === "TimeoutError" ? "hung" : (((e as Error).cause as Error | undefined)?.message ?? (e as Error).message);
    return { status: 0, ms: performance.now() - started, body: "", headers: new Headers(), error };
  }
}

export type Session = { cookie: string };

function cookiesOf(headers: Headers): string[] {
  return headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** next-auth credentials sign-in: CSRF token, then the callback; returns the cookie header. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<Session> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { signal: AbortSignal.timeout(BURST_MS) });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf.headers);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/` }),
    signal: AbortSignal.timeout(BURST_MS),
  });
  const all = [...jar, ...cookiesOf(res.headers)];
  if (!all.some((c) => c.startsWith("next-auth.session-token="))) throw new Error(`drill: sign-in as ${email} failed (HTTP ${res.status})`);
  return { cookie: all.join("; ") };
}

/** Server action ids by exported name, from the production build's manifest. */
export function actionIds(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName) ids.set(`${entry.filename ?? ""}#${entry.exportedName}`, id);
  }
  return ids;
}

export function actionId(ids: Map<string, string>, file: string, name: string): string {
  const id = ids.get(`${file}#${name}`);
  if (!id) throw new Error(`drill: no server action ${name} in ${file} (is .next from this source?)`);
  return id;
}

export type ActionCall = {
  status: number;
  ms: number;
  ok: boolean;
  redirect: string | null;
  body: string;
  error?: string;
  shed: string | null;
  /** The action answered "database unavailable" (server/db/unless-database-down.ts): before sending anything, or part-way. */
  unavailable: "not-attempted" | "attempted" | null;
};

/** Refused because the server could not serve it right now, before anything was sent to the database. */
export const refusedAsOverloaded = (r: ActionCall) => (r.status === 503 && r.shed !== null) || r.unavailable === "not-attempted";

/** The "unavailable" result inside an action's RSC answer, if that is what it returned. */
export function unavailableAnswer(body: string): ActionCall["unavailable"] {
  const m = /"code":"unavailable"[^{}]*?"attempted":(true|false)/.exec(body);
  return m ? (m[1] === "true" ? "attempted" : "not-attempted") : null;
}

/**
 * Posts a server action as the browser does. `withState` is for useActionState actions
 * (prevState, formData); plain form actions take (formData).
 */
export async function callAction(
  baseUrl: string,
  pagePath: string,
  id: string,
  fields: [string, string][],
  session: Session,
  options: { withState?: boolean; timeoutMs?: number } = {},
): Promise<ActionCall> {
  const form = new FormData();
  // React 19.3's reply encoding: a FormData argument "$K1" has its entries under "_1_<name>",
  // and the root ("0") comes last, as encodeReply writes it: the server's streaming decoder
  // resolves "$K1" when it reads the root, from the entries that arrived before it.
  for (const [k, v] of fields) form.append(`_1_${k}`, v);
  form.append("0", options.withState ? '[null,"$K1"]' : '["$K1"]');
  const r = await timedFetch(
    `${baseUrl}${pagePath}`,
    {
      method: "POST",
      headers: { "next-action": id, accept: "text/x-component", origin: baseUrl, cookie: session.cookie },
      body: form,
    },
    options.timeoutMs,
  );
  const redirect = r.headers.get("x-action-redirect");
  return {
    status: r.status,
    ms: r.ms,
    ok: r.status === 200 && !r.error,
    redirect,
    body: r.body,
    error: r.error,
    shed: r.headers.get("x-accord-shed"),
    unavailable: r.status === 200 ? unavailableAnswer(r.body) : null,
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
