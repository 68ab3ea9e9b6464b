import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { publishPoolHealth, type PoolSnapshot } from "@/lib/overload/shed-decision";
import { RedirectSignal, requestState, resetRequest } from "@/server/authorization-matrix/request-state";
import type { CurrentUser } from "@/server/auth/current-user";
import { DatabaseUnavailableError } from "@/server/db/unless-database-down";
import { conflict, type ActionResult } from "@/server/shared/result";
import { callAction, formAction, layout, page, postAction } from "./define-action.ts";
import { msg } from "@/lib/i18n/server-messages/message";

// The action boundary on its own: fake server functions stand in for the real ones (which
// the authorization matrix and server/db/actions-when-database-down.test.ts call through
// every real action).
const revalidated = vi.hoisted(() => [] as unknown[][]);
vi.mock("@/server/auth/current-user", async (original) =>
  (await import("@/server/authorization-matrix/request-state")).mockCurrentUser(await original()),
);
vi.mock("next/headers", async () => (await import("@/server/authorization-matrix/request-state")).nextHeadersMock);
vi.mock("next/navigation", async () => (await import("@/server/authorization-matrix/request-state")).nextNavigationMock);
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => void revalidated.push(args), revalidateTag: () => {} }));

const user = { id: "u1", role: "ORGANIZER" } as unknown as CurrentUser;
const healthy: PoolSnapshot = { down: false, checkedOut: 0, max: 10, idleForMs: 5, oldestWaitMs: 0, sinceAcquireTimeoutMs: Infinity };
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) data.append(k, one);
  return data;
};
const redirectOf = async (promise: Promise<unknown>) =>
  (
    (await promise.then(
      () => null,
      (e: unknown) => e,
    )) as RedirectSignal | null
  )?.url;

beforeEach(() => {
  revalidated.length = 0;
  resetRequest(user, { cookies: { NEXT_LOCALE: "ja" } });
});
afterEach(() => publishPoolHealth({ snapshot: () => healthy }));

describe("formAction", () => {
  it("hands the caller and the nested input to the server function; a failure comes back localized with what was typed, nothing invalidated", async () => {
    const run = vi.fn(async (): Promise<ActionResult<{ id: string }>> => conflict(3));
    const action = formAction({ run, invalidate: () => page("/x") });
    const state = await action(null, form({ "title.en": "Typed", "ids[]": ["a", "b"], $ACTION_ID_1: "" }));
    expect(run).toHaveBeenCalledWith(user, { title: { en: "Typed" }, ids: ["a", "b"] });
    expect(state?.result).toMatchObject({ ok: false, code: "conflict", currentVersion: 3 });
    expect(state?.result.ok === false && state.result.message).toBe(
      "このレコードは開いた後に他の人によって変更されました。再読み込みして変更内容を確認してください。",
    );
    expect(state?.values).toEqual({ "title.en": "Typed", "ids[]": ["a", "b"] });
    expect(revalidated).toEqual([]);
  });

  it("after a success invalidates what the action names, keeps what it says and localizes the data", async () => {
    const action = formAction({
      input: (values) => ({ name: values.name }),
      run: async (_actor, input: { name: unknown }) => ({ ok: true as const, data: { id: "e1", name: String(input.name) } }),
      invalidate: (data) => [layout(`/organizer/events/${data.id}`), page("/organizer")],
      keep: (data) => ({ version: data.id }),
      localizeData: (data, locale) => ({ ...data, name: `${data.name}@${locale}` }),
    });
    const state = await action(null, form({ name: "Forum" }));
    expect(state).toMatchObject({ result: { ok: true, data: { id: "e1", name: "Forum@ja" } }, values: { version: "e1" } });
    expect(revalidated).toEqual([["/organizer/events/e1", "layout"], ["/organizer"]]);
  });

  it("redirects after a success, once the caches are invalidated", async () => {
    const action = formAction({
      run: async () => ({ ok: true as const, data: { id: "e2" } }),
      invalidate: () => page("/list"),
      redirect: (d) => `/events/${d.id}`,
    });
    expect(await redirectOf(action(null, form({})))).toBe("/events/e2");
    expect(revalidated).toEqual([["/list"]]);
  });

  it("answers 'not saved' without calling the server function while the database is down", async () => {
    publishPoolHealth({ snapshot: () => ({ ...healthy, down: true }) });
    const run = vi.fn(async () => ({ ok: true as const, data: 1 }));
    const state = await formAction({ run })(null, form({ title: "Kept" }));
    expect(run).not.toHaveBeenCalled();
    expect(state).toMatchObject({ result: { ok: false, code: "unavailable", attempted: false }, values: { title: "Kept" } });
  });

  it("passes a signed-out caller on as null (the server function refuses it)", async () => {
    resetRequest(null);
    const run = vi.fn(async () => ({ ok: false as const, code: "unauthenticated" as const, message: msg("common.pleaseSignIn") }));
    await formAction({ run })(null, form({}));
    expect(run).toHaveBeenCalledWith(null, {});
  });

  it("keeps the (previous state, FormData) shape useActionState and the database-down test rely on", () => {
    expect(formAction({ run: async () => ({ ok: true as const, data: 1 }) }).length).toBe(2);
  });
});

describe("callAction", () => {
  it("maps the argument to the input, invalidates on success and returns the localized result", async () => {
    const run = vi.fn(async (_actor: unknown, input: { id: string }): Promise<ActionResult<string>> =>
      input.id === "ok" ? { ok: true, data: "done" } : conflict(),
    );
    const action = callAction({
      input: (p: { id: string; eventId: string }) => ({ id: p.id }),
      run,
      invalidate: (_d, p) => page(`/e/${p.eventId}`),
    });
    expect(await action({ id: "ok", eventId: "e1" })).toEqual({ ok: true, data: "done" });
    expect(run).toHaveBeenLastCalledWith(user, { id: "ok" });
    expect(revalidated).toEqual([["/e/e1"]]);
    const refused = await action({ id: "no", eventId: "e1" });
    expect(refused.ok === false && refused.message).toContain("他の人によって変更されました");
    expect(revalidated).toHaveLength(1);
  });
});

describe("postAction", () => {
  const run = vi.fn(async (_actor: CurrentUser, input: { slug: string }): Promise<ActionResult<string>> => ({
    ok: true,
    data: input.slug,
  }));
  const action = postAction({
    signInReturn: (f) => `/events/${f.get("slug")}/register`,
    input: (f) => ({ slug: String(f.get("slug")) }),
    run,
    then: (result) => (result.ok ? `/done/${result.data}` : "/error"),
  });

  it("sends a signed-out caller to sign in and back, without running", async () => {
    resetRequest(null);
    run.mockClear();
    expect(await redirectOf(action(form({ slug: "forum" })))).toBe(`/sign-in?callbackUrl=${encodeURIComponent("/events/forum/register")}`);
    expect(run).not.toHaveBeenCalled();
  });

  it("runs for a signed-in caller and redirects by the outcome", async () => {
    expect(await redirectOf(action(form({ slug: "forum" })))).toBe("/done/forum");
    expect(run).toHaveBeenLastCalledWith(requestState.user, { slug: "forum" });
  });

  it("fails at once while the database is known to be down", async () => {
    publishPoolHealth({ snapshot: () => ({ ...healthy, down: true }) });
    run.mockClear();
    await expect(action(form({ slug: "forum" }))).rejects.toThrow(DatabaseUnavailableError);
    expect(run).not.toHaveBeenCalled();
  });
});
