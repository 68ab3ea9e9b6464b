import pg from "pg";
import { HANG_MS, signIn, sleep, timedFetch, type Timed } from "./http.ts";
import { check, type DrillContext, type DrillResult } from "./types.ts";
import { DEMO_PASSWORD, DEMO_SLUG, DEMO_USERS } from "./world.ts";

// Drill 2: every pooled connection busy. The drill holds an ACCESS EXCLUSIVE lock on
// "Event" (every public page reads it), sends twice the pool size of event-page requests
// so that each connection is stuck behind the lock, then sends 30 more requests across
// pages, languages and a signed-in organizer. Those must fail fast with the localized 503
// page and Retry-After, none may hang, and after the lock is released pages serve again.

const FAST_MS = 3_000;
const RECOVERY_MS = 5_000;
const EXTRA = 30;
const TITLES = { en: "Accord is temporarily busy", zh: "Accord 暂时繁忙", ja: "Accord は一時的に混み合っています" } as const;
type Lang = keyof typeof TITLES;

export async function poolExhaustionDrill(ctx: DrillContext): Promise<DrillResult> {
  const { server, world, poolMax } = ctx;
  const base = server.baseUrl;
  const organizer = await signIn(base, DEMO_USERS.owner.email, DEMO_PASSWORD);
  const pages = [
    `/en/events/${DEMO_SLUG}`,
    `/en/events/${DEMO_SLUG}/agenda`,
    `/en/events/${DEMO_SLUG}/sessions/${world.sessionIds[0]}`,
    `/api/calendar/events/${DEMO_SLUG}`,
  ];
  // Warm every page once so compilation caches do not count.
  for (const p of pages) await timedFetch(base + p);

  const locker = new pg.Client({ connectionString: server.databaseUrl });
  await locker.connect();
  await locker.query("BEGIN");
  await locker.query(`LOCK TABLE "Event" IN ACCESS EXCLUSIVE MODE`);
  const lockedAt = performance.now();
  // The organizer's event page reads Event on every request (public pages may come from the
  // page cache, and /events/… without a locale is only a redirect).
  const eventPage = `${base}/organizer/events/${world.eventId}`;
  const asOrganizer = { headers: { cookie: organizer.cookie } };
  const holders = Array.from({ length: poolMax * 2 }, () => timedFetch(eventPage, asOrganizer));
  await sleep(1_500); // longer than the stall window (1 s): the pool is now stuck

  const extras: { lang: Lang; r: Timed }[] = [];
  const langs: Lang[] = ["en", "zh", "ja"];
  const pending: Promise<void>[] = [];
  for (let i = 0; i < EXTRA; i += 1) {
    const lang = langs[i % 3];
    const signedIn = i % 5 === 4;
    const path = signedIn ? `/organizer/events/${world.eventId}/agreements` : pages[i % pages.length];
    const cookie = [`NEXT_LOCALE=${lang}`, signedIn ? organizer.cookie : ""].filter(Boolean).join("; ");
    pending.push(timedFetch(base + path, { headers: { cookie } }).then((r) => void extras.push({ lang, r })));
    await sleep(100);
  }
  await Promise.all(pending);
  await locker.query("COMMIT");
  const releasedAt = performance.now();
  await locker.end();

  let recoveredMs = Infinity;
  while (performance.now() - releasedAt < 15_000) {
    const r = await timedFetch(eventPage, asOrganizer);
    if (r.status === 200) {
      recoveredMs = performance.now() - releasedAt;
      break;
    }
    await sleep(100);
  }
  const held = await Promise.all(holders);
  const after = await Promise.all(pages.map((p) => timedFetch(base + p)));

  const slowest = Math.max(...extras.map((e) => e.r.ms));
  // A clear answer: the busy page (503, Retry-After) or the page itself from the page cache
  // (public pages since they are cached; no database needed).
  const shed = extras.filter((e) => e.r.status === 503);
  const withRetry = shed.filter((e) => Number(e.r.headers.get("retry-after")) > 0).length;
  const cached = extras.filter((e) => e.r.status === 200).length;
  const localized = shed.filter((e) => e.r.body.includes(TITLES[e.lang])).length;
  const hung = [...extras.map((e) => e.r), ...held].filter((r) => r.error === "hung" || r.ms >= HANG_MS).length;
  const statuses = (rs: Timed[]) =>
    Object.entries(
      rs.reduce<Record<string, number>>((m, r) => ((m[r.status || r.error || "?"] = (m[r.status || r.error || "?"] ?? 0) + 1), m), {}),
    )
      .map(([s, n]) => `${n}× ${s}`)
      .join(", ");
  return {
    drill: "2. Connection pool exhausted",
    checks: [
      check(
        `requests sent while all ${poolMax} connections were stuck: slowest answer (ms)`,
        slowest,
        `≤ ${FAST_MS} ms`,
        slowest <= FAST_MS,
      ),
      check(
        "of those, HTTP 503 with Retry-After / 200 from the page cache",
        `${withRetry} / ${cached} of ${EXTRA}`,
        `together all ${EXTRA}`,
        withRetry === shed.length && withRetry + cached === EXTRA,
      ),
      check("of the 503s, page in the reader's language (en/zh/ja)", `${localized} of ${shed.length}`, "all", localized === shed.length),
      check("requests that hung (no answer in 15 s)", hung, "0", hung === 0),
      check("lock released → first event page served (ms)", recoveredMs, `≤ ${RECOVERY_MS} ms`, recoveredMs <= RECOVERY_MS),
      check(
        "pages after recovery",
        statuses(after),
        "all 200",
        after.every((r) => r.status === 200),
      ),
    ],
    notes: [
      `Lock held ${Math.round(releasedAt - lockedAt)} ms. The ${poolMax * 2} requests that filled the pool: ${statuses(held)}; ` +
        `slowest ${Math.round(Math.max(...held.map((r) => r.ms)))} ms (those holding a connection wait for the lock; the rest were shed with 503 or queued for a connection, up to the 10 s acquire timeout).`,
      `Extra requests: median ${Math.round(extras.map((e) => e.r.ms).sort((a, b) => a - b)[Math.floor(EXTRA / 2)])} ms, statuses ${statuses(extras.map((e) => e.r))}.`,
    ],
  };
}
