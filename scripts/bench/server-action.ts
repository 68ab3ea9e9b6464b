import type { HttpClient } from "./http-client.ts";
import type { FormPair } from "./html-form.ts";

// Calls a useActionState server action the way React's client does after a form submit:
// POST to the page with `Next-Action: <id>`, the arguments (previous state, FormData)
// encoded as React 19.3's encodeReply encodes them (FormData fields prefixed "_1_", the
// argument list as JSON in part "0", "$K1" pointing at the FormData), and a same-origin Origin.
// The answer is a React Flight stream holding the action's FormState, or, when the action
// called redirect(), an `x-action-redirect` header.

export type ActionOutcome =
  | { kind: "ok"; redirect?: string }
  | { kind: "conflict"; currentVersion?: number }
  | { kind: "refused"; code: string }
  | { kind: "http_error"; status: number };

export async function encodeActionBody(
  fields: readonly FormPair[],
  prevState: unknown = null,
): Promise<{ body: Buffer; contentType: string }> {
  const form = new FormData();
  for (const [name, value] of fields) form.append(`_1_${name}`, value);
  form.append("0", JSON.stringify([prevState, "$K1"]));
  const request = new Request("http://bench.invalid/", { method: "POST", body: form });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get("content-type")! };
}

/** Reads the FormState ({ result: { ok, code? } }) out of an action's Flight response. */
export function actionOutcome(status: number, headers: Record<string, string | string[] | undefined>, body: string): ActionOutcome {
  const redirect = headers["x-action-redirect"];
  if (status >= 200 && status < 400 && typeof redirect === "string") return { kind: "ok", redirect: redirect.split(";")[0] };
  if (status < 200 || status >= 400) return { kind: "http_error", status };
  const m = /"result":\{"ok":(true|false)(?:,"code":"([a-z_]+)")?/.exec(body);
  if (!m) return { kind: "http_error", status };
  if (m[1] === "true") return { kind: "ok" };
  if (m[2] === "conflict") {
    const v = /"currentVersion":(\d+)/.exec(body.slice(m.index));
    return { kind: "conflict", currentVersion: v ? Number(v[1]) : undefined };
  }
  return { kind: "refused", code: m[2] ?? "unknown" };
}

export async function callAction(
  client: HttpClient,
  pagePath: string,
  actionId: string,
  fields: readonly FormPair[],
): Promise<{ outcome: ActionOutcome; ms: number; status: number }> {
  const { body, contentType } = await encodeActionBody(fields);
  const res = await client.request(pagePath, {
    method: "POST",
    headers: { "content-type": contentType, "next-action": actionId, accept: "text/x-component", origin: client.origin },
    body,
    keepBody: true,
  });
  return { outcome: actionOutcome(res.status, res.headers, res.body), ms: res.ms, status: res.status };
}
