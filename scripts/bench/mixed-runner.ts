import { randomUUID } from "node:crypto";
import { HttpClient } from "./http-client.ts";
import type { FormPair } from "./html-form.ts";
import type { Planned, PlannedRead, PlannedWrite } from "./mixed-plan.ts";
import type { EditableRecord, MixedWorld } from "./mixed-world.ts";
import type { Recorder } from "./mixed-recorder.ts";
import { callAction } from "./server-action.ts";

// Executes planned requests against the server: reads as GETs with the reader's language
// cookie, writes as server-action POSTs by the organizer. Closed loop: `connections` users
// each send their next request as soon as the previous one answered. Open loop: requests
// start at a fixed rate whatever the answers (a request that finds every user busy is not
// sent and counted as such).

/** Each simulated user has its own keep-alive connection per role. */
export type User = { anon: HttpClient; delegate: HttpClient; organizer: HttpClient };

export function makeUsers(world: MixedWorld, count: number): User[] {
  return Array.from({ length: count }, () => {
    const user = {
      anon: new HttpClient(world.baseUrl, 1),
      delegate: new HttpClient(world.baseUrl, 1),
      organizer: new HttpClient(world.baseUrl, 1),
    };
    for (const [k, v] of world.delegateCookies) user.delegate.cookies.set(k, v);
    for (const [k, v] of world.organizerCookies) user.organizer.cookies.set(k, v);
    return user;
  });
}

export function closeUsers(users: User[]): void {
  for (const u of users) for (const c of [u.anon, u.delegate, u.organizer]) c.close();
}

/** Writes share state across users: the version each record is at, agreements recorded. */
export type WriteState = { edits: number; created: FormPair[][]; resubmits: number; agreementCap: number };

const networkError = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

async function read(user: User, op: PlannedRead, recorder: Recorder): Promise<void> {
  const client = user[op.role];
  const start = performance.now();
  try {
    const res = await client.request(op.path, {
      headers: { cookie: `NEXT_LOCALE=${op.locale}` },
      until: op.until,
      timeoutMs: op.until ? 15_000 : undefined,
    });
    const ok = res.status >= 200 && res.status < 400;
    const cache = res.headers["x-accord-page-cache"];
    if (cache === "hit" || cache === "miss") {
      recorder.pageCache.lookups += 1;
      if (cache === "hit") recorder.pageCache.hits += 1;
    }
    recorder.record("read", op.name, res.ms, ok ? {} : { error: `HTTP ${res.status} ${op.name}` });
  } catch (e) {
    recorder.record("read", op.name, performance.now() - start, { error: `network ${networkError(e)} ${op.name}` });
  }
}

const withField = (fields: readonly FormPair[], name: string, value: string): FormPair[] =>
  fields.some(([n]) => n === name) ? fields.map(([n, v]) => [n, n === name ? value : v]) : [...fields, [name, value]];

async function editRecord(user: User, rec: EditableRecord, actionId: string, name: string, state: WriteState, recorder: Recorder) {
  state.edits += 1;
  const sent = rec.version;
  let fields = withField(withField(rec.fields, "title.en", `${rec.baseTitle} · rev ${state.edits}`), "version", String(sent));
  let { outcome, ms } = await callAction(user.organizer, rec.pagePath, actionId, fields);
  if (outcome.kind === "refused" && outcome.code === "warnings") {
    // Seeded sessions have scheduling warnings (e.g. a speaker in two rooms); the organizer
    // reads them and presses "Save anyway", which submits acceptWarnings=on.
    recorder.record("write", name, ms, { warnings: true });
    fields = withField(fields, "acceptWarnings", "on");
    ({ outcome, ms } = await callAction(user.organizer, rec.pagePath, actionId, fields));
  }
  if (outcome.kind === "ok") rec.version = Math.max(rec.version, sent + 1);
  if (outcome.kind === "conflict") rec.version = Math.max(rec.version, outcome.currentVersion ?? rec.version);
  recorder.record("write", name, ms, describe(outcome, name));
}

function describe(outcome: Awaited<ReturnType<typeof callAction>>["outcome"], name: string): { error?: string; conflict?: boolean } {
  if (outcome.kind === "conflict") return { conflict: true };
  if (outcome.kind === "refused") return { error: `action refused (${outcome.code}) ${name}` };
  if (outcome.kind === "http_error") return { error: `HTTP ${outcome.status} ${name}` };
  return {};
}

async function write(user: User, world: MixedWorld, op: PlannedWrite, state: WriteState, recorder: Recorder): Promise<void> {
  const start = performance.now();
  try {
    if (op.name === "editSession")
      return await editRecord(user, world.sessions[op.target], world.actions.updateSession, op.name, state, recorder);
    if (op.name === "editAgreement")
      return await editRecord(user, world.agreements[op.target], world.actions.updateAgreement, op.name, state, recorder);
    // Recording: new agreements up to the cap (the list and tally stay event-sized), then
    // resubmits of recorded forms, which the idempotency key turns into "already saved".
    const resubmit = state.created.length >= state.agreementCap;
    const fields = resubmit
      ? state.created[(state.resubmits += 1) % state.created.length]
      : withField(
          withField(world.newAgreement.fields, "idempotencyKey", randomUUID()),
          "title.en",
          `Bench agreement ${state.created.length + 1}`,
        );
    if (!resubmit) state.created.push(fields);
    const name = resubmit ? "recordAgreement (resubmit)" : "recordAgreement";
    const { outcome, ms } = await callAction(user.organizer, world.newAgreement.pagePath, world.actions.createAgreement, fields);
    recorder.record("write", name, ms, describe(outcome, name));
  } catch (e) {
    recorder.record("write", op.name, performance.now() - start, { error: `network ${networkError(e)} ${op.name}` });
  }
}

export function execute(user: User, world: MixedWorld, op: Planned, state: WriteState, recorder: Recorder): Promise<void> {
  return op.kind === "read" ? read(user, op, recorder) : write(user, world, op, state, recorder);
}

/** Runs until the recorder holds `untilRequests` results or `untilMs` passed, whichever first. */
export async function runClosedLoop(options: {
  world: MixedWorld;
  users: User[];
  plan: () => Planned;
  state: WriteState;
  recorder: Recorder;
  untilRequests?: number;
  untilMs?: number;
}): Promise<void> {
  const { world, users, plan, state, recorder } = options;
  const deadline = options.untilMs ? performance.now() + options.untilMs : Infinity;
  let issued = recorder.requests;
  const limit = options.untilRequests ?? Infinity;
  const worker = async (user: User) => {
    while (issued < limit && performance.now() < deadline) {
      issued += 1;
      await execute(user, world, plan(), state, recorder);
    }
  };
  await Promise.all(users.map(worker));
  recorder.endedAt = Date.now();
}

/** Fixed-rate run for `durationMs`; returns how many planned requests found no free user. */
export async function runOpenLoop(options: {
  world: MixedWorld;
  users: User[];
  plan: () => Planned;
  state: WriteState;
  recorder: Recorder;
  rate: number;
  durationMs: number;
}): Promise<{ notSent: number }> {
  const { world, plan, state, recorder } = options;
  const free = [...options.users];
  const pending = new Set<Promise<void>>();
  let notSent = 0;
  const start = performance.now();
  for (let i = 0; ; i += 1) {
    const due = start + (i * 1000) / options.rate;
    if (due - start >= options.durationMs) break;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const op = plan();
    const user = free.pop();
    if (!user) {
      notSent += 1;
      continue;
    }
    const p = execute(user, world, op, state, recorder).finally(() => {
      free.push(user);
      pending.delete(p);
    });
    pending.add(p);
  }
  await Promise.all(pending);
  recorder.endedAt = Date.now();
  return { notSent };
}
