import { expect, test } from "@playwright/test";
import { captureCreateEventAction, createWorld, eventsWithSlug, replay, signInAs } from "./fixtures/security-world";

// A signed-in organizer's real server action ("create event"), replayed with the
// browser's cookie and different Origin headers. Next itself refuses an Origin naming
// another host; the rest (no Origin, a wrong scheme, a forged X-Forwarded-Host) is refused
// by server/auth/request-origin.ts, which makes the request anonymous.
test.skip(!!process.env.E2E_BASE_URL, "needs the database of the built-in e2e server");
test.use({ locale: "en-US", extraHTTPHeaders: { "Accept-Language": "en" } });

test("a server action runs only with this app's Origin", async ({ page, baseURL }) => {
  test.slow();
  const world = await createWorld("origin");
  await signInAs(page, world);
  const action = await captureCreateEventAction(page, world);
  const own = new URL(baseURL!).origin; // NEXTAUTH_URL of the e2e server
  const { protocol, hostname, port } = new URL(own);
  const request = page.request; // shares the signed-in browser's cookies

  // "next": Next's own CSRF check aborts the action (HTTP 500); "accord": Next lets it
  // through and getCurrentUser() treats it as anonymous, so the action answers
  // "unauthenticated" and writes nothing.
  const refused: [string, Record<string, string>, "next" | "accord"][] = [
    ["a foreign Origin", { origin: "https://evil.example" }, "next"],
    ["a look-alike Origin", { origin: `${protocol}//${hostname}.evil.example${port ? `:${port}` : ""}` }, "next"],
    ["an opaque Origin", { origin: "null" }, "next"],
    ["no Origin at all", {}, "accord"],
    ["the app's host over another scheme", { origin: own.replace(/^http:/, "https:") }, "accord"],
    [
      "a foreign Origin vouched for by a forged X-Forwarded-Host",
      { origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
      "accord",
    ],
  ];
  for (const [label, headers, by] of refused) {
    const res = await replay(request, action, headers);
    if (by === "next") expect(res.status(), label).toBe(500);
    else {
      expect(res.status(), label).toBe(200);
      expect(await res.text(), label).toContain('"code":"unauthenticated"');
    }
    expect(await eventsWithSlug(action.slug), `${label}: no event created`).toBe(0);
  }

  // Control: the same request with the app's own Origin creates the event, so the
  // refusals above were about the Origin and nothing else.
  const ok = await replay(request, action, { origin: own });
  expect(ok.status()).toBeLessThan(400);
  await expect.poll(() => eventsWithSlug(action.slug)).toBe(1);
});

test("an upload needs this app's Origin, even with a valid session", async ({ page, baseURL }) => {
  const world = await createWorld("upload");
  await signInAs(page, world);
  const own = new URL(baseURL!).origin;
  const url = "/api/organizer/video-messages/no-such-message/upload?kind=captions&language=ja&version=1";
  const post = (headers: Record<string, string>) =>
    page.request.post(url, { headers: { "content-type": "text/vtt", ...headers }, data: "WEBVTT\n" });

  const variants: Record<string, string>[] = [
    {},
    { origin: "https://evil.example" },
    { origin: "null" },
    { origin: own.replace(/^http:/, "https:") },
  ];
  for (const headers of variants) {
    const res = await post(headers);
    expect(res.status(), JSON.stringify(headers)).toBe(403);
    expect(await res.json()).toMatchObject({ ok: false, code: "forbidden" });
  }
  // Same Origin: past the check, the signed-in organizer gets the server's own answer.
  const res = await post({ origin: own });
  expect(res.status()).toBe(404);
  expect(await res.json()).toMatchObject({ ok: false, code: "not_found" });
});
