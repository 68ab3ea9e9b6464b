import "server-only";
import { expect } from "vitest";
import { uniqueSuffix } from "@/prisma/seed/factories";
import type { Outcome } from "../types.ts";

// Small builders shared by the matrix entries.

/** FormData as a browser form posts it: nested fields as "title.en", lists as "ids[]". */
export function form(fields: Record<string, string | number | string[] | Blob | Record<string, string>>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const v of value) data.append(`${key}[]`, v);
    else if (value instanceof Blob) data.append(key, value);
    else if (typeof value === "object") for (const [k, v] of Object.entries(value)) data.append(`${key}.${k}`, v);
    else data.append(key, String(value));
  }
  return data;
}

/** A title no other record has, so a leak check cannot match anything else. */
export const uniqueTitle = (what: string) => `${what} ${uniqueSuffix()}`;

export function redirectUrl(o: Outcome): string {
  if (o.kind !== "redirect") expect.fail(`expected a redirect, got ${o.kind}`);
  return o.url;
}

export function resultData<T = Record<string, unknown>>(o: Outcome): T {
  if (o.kind !== "result" || !o.ok) expect.fail(`expected an ok result, got ${JSON.stringify(o)}`);
  return (o.value as { data: T }).data;
}

export function responseOf(o: Outcome): Extract<Outcome, { kind: "response" }> {
  if (o.kind !== "response") expect.fail(`expected a Response, got ${o.kind}`);
  return o;
}

/** A route handler's second argument. */
export const routeContext = <T extends Record<string, unknown>>(params: T) => ({ params: Promise.resolve(params) });
