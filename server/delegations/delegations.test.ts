import { beforeAll, describe, expect, it } from "vitest";
import { createMatrixWorld, type MatrixWorld } from "@/server/authorization-matrix/world";
import { db } from "@/server/db/client";
import { acceptInvitation, declineInvitation } from "@/server/invitations/answer-invitation";
import { exportRegistrantsCsv } from "@/server/registrants/export-registrants-csv";
import { listRegistrants } from "@/server/registrants/list-registrants";
import { sendAnnouncement } from "@/server/registrants/send-announcement";
import { inEnglish } from "@/server/testing/in-english";
import { useTestDatabase } from "@/server/testing/test-database";
import { addDelegationMember } from "./add-delegation-member.ts";
import { createDelegation } from "./create-delegation.ts";
import { importDelegatesCsv } from "./import-delegates-csv.ts";
import { inviteDelegation } from "./invite-delegation.ts";
import { inviteDelegate } from "@/server/invitations/invite-delegate";

useTestDatabase();
let w: MatrixWorld;
let ev: Awaited<ReturnType<MatrixWorld["event"]>>;
let japanId: string;
const PASSWORD = "harbour lantern 42";
const csv = (text: string) => new TextEncoder().encode(text);
const HEADER = "name,email,language,organization,position,interpretation,venue\n";
/** What a delegates import writes: the delegation's members, the event's invitations, queued mail. */
const importCounts = () =>
  Promise.all([
    db().delegationMember.count({ where: { delegationId: japanId } }),
    db().invitation.count({ where: { eventId: ev.event.id } }),
    db().mailMessage.count(),
  ]);
const tokenOf = async (to: string) => {
  const m = await db().mailMessage.findFirstOrThrow({
    where: { toEmail: to, kind: "invitation-delegate" },
    orderBy: { createdAt: "desc" },
    select: { text: true },
  });
  return decodeURIComponent(/\/invitations\/(\S+)/.exec(m.text)![1]);
};

beforeAll(async () => {
  w = await createMatrixWorld();
  ev = await w.event();
  const r = await createDelegation(w.actors.member, {
    eventId: ev.event.id,
    side: "B",
    name: { en: "Japan delegation", ja: "日本代表団" },
  });
  expect(r.ok).toBe(true);
  japanId = r.ok ? r.data.id : "";
});

describe("delegations", () => {
  it("adds a head and members; a new head replaces the old one; refusals change nothing", async () => {
    const add = (name: string, isHead: boolean, email?: string) =>
      addDelegationMember(w.actors.owner, {
        eventId: ev.event.id,
        delegationId: japanId,
        name,
        email,
        organization: "JETRO",
        position: "Director",
        languages: "ja en",
        interpretation: "zh",
        venueId: ev.tokyo.id,
        isHead,
      });
    expect((await add("Head One", true)).ok).toBe(true);
    expect((await add("Head Two", true, "head2@accord.test")).ok).toBe(true);
    const heads = await db().delegationMember.findMany({
      where: { delegationId: japanId, isHead: true },
      select: { name: true, languages: true, interpretation: true },
    });
    expect(heads).toEqual([{ name: "Head Two", languages: ["ja", "en"], interpretation: ["zh"] }]);
    const before = await db().delegationMember.count();
    expect(await add("Again", false, "head2@accord.test")).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { email: expect.any(Array) },
    });
    expect(await addDelegationMember(w.actors.outsider, { eventId: ev.event.id, delegationId: japanId, name: "X" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await addDelegationMember(w.actors.viewer, { eventId: ev.event.id, delegationId: japanId, name: "X" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const other = await w.event();
    expect(await addDelegationMember(w.actors.member, { eventId: other.event.id, delegationId: japanId, name: "X" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await createDelegation(w.actors.member, { eventId: ev.event.id, side: "C", name: {} })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await db().delegationMember.count()).toBe(before);
  });

  it("invites the whole delegation once: members with an address, none twice", async () => {
    expect(await inviteDelegation(w.actors.member, { eventId: ev.event.id, delegationId: japanId })).toEqual({
      ok: true,
      data: { invited: 1, skipped: 1 },
    });
    expect(await inviteDelegation(w.actors.member, { eventId: ev.event.id, delegationId: japanId })).toEqual({
      ok: true,
      data: { invited: 0, skipped: 2 },
    });
    expect(await db().invitation.count({ where: { email: "head2@accord.test" } })).toBe(1);
  });
});

describe("delegates CSV import", () => {
  it("the dry run lists every bad row and writes nothing; a bad file is refused whole", async () => {
    const before = await db().invitation.count();
    const file = csv(
      HEADER +
        "Ok Person,ok@accord.test,ja,,,,Tokyo\n,empty@accord.test,en,,,,\nBad,not-mail,en,,,,\nLang,lang@accord.test,fr,,,,\nVenue,venue@accord.test,en,,,,Paris\nDup,ok@accord.test,en,,,,\n",
    );
    const r = await importDelegatesCsv(w.actors.member, { eventId: ev.event.id, delegationId: japanId, file, mode: "dry-run" });
    expect(r.ok && r.data.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(r.ok && r.data.uploadToken).toBeUndefined();
    expect(
      inEnglish(
        await importDelegatesCsv(w.actors.member, {
          eventId: ev.event.id,
          delegationId: japanId,
          file: new Uint8Array([0x82, 0xa0, 0x0a]),
          mode: "dry-run",
        }),
      ),
    ).toMatchObject({ ok: false, message: expect.stringContaining("UTF-8") });
    expect(
      inEnglish(
        await importDelegatesCsv(w.actors.member, {
          eventId: ev.event.id,
          delegationId: japanId,
          file: csv("name,email\nA,a@b.c\n"),
          mode: "dry-run",
        }),
      ),
    ).toMatchObject({ ok: false, message: expect.stringContaining("header row") });
    expect(
      await importDelegatesCsv(w.actors.outsider, { eventId: ev.event.id, delegationId: japanId, file, mode: "dry-run" }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(await db().invitation.count()).toBe(before);
  });

  it("confirm imports exactly the checked file once; the token cannot be reused", async () => {
    const file = csv(
      HEADER +
        "Sato Aiko,aiko@accord.test,ja,Toyota,Manager,zh,Tokyo\nLi Wei,liwei@accord.test,zh,,,,Online\n=Evil,evil@accord.test,en,,,,\n",
    );
    const dry = await importDelegatesCsv(w.actors.member, { eventId: ev.event.id, delegationId: japanId, file, mode: "dry-run" });
    expect(dry.ok && dry.data.toInvite.length).toBe(3);
    const token = dry.ok ? dry.data.uploadToken! : "";
    const [a, b] = await Promise.all([
      importDelegatesCsv(w.actors.member, { eventId: ev.event.id, delegationId: japanId, uploadToken: token, mode: "confirm" }),
      importDelegatesCsv(w.actors.member, { eventId: ev.event.id, delegationId: japanId, uploadToken: token, mode: "confirm" }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(
      await db().delegationMember.count({
        where: { delegationId: japanId, email: { in: ["aiko@accord.test", "liwei@accord.test", "evil@accord.test"] } },
      }),
    ).toBe(3);
    const aiko = await db().invitation.findFirstOrThrow({ where: { email: "aiko@accord.test" }, select: { locale: true, venueId: true } });
    expect(aiko).toEqual({ locale: "ja", venueId: ev.tokyo.id });
    expect((await db().mailMessage.findFirstOrThrow({ where: { toEmail: "liwei@accord.test" }, select: { locale: true } })).locale).toBe(
      "zh",
    );
  });
});

describe("registrants", () => {
  it("counts per status, venue and delegation match SQL counts; the CSV has a BOM and neutralized formulas", async () => {
    await acceptInvitation({ token: await tokenOf("aiko@accord.test"), password: PASSWORD, confirm: PASSWORD });
    await declineInvitation({ token: await tokenOf("liwei@accord.test"), reason: "Busy" });
    const r = await listRegistrants(w.actors.viewer, { eventId: ev.event.id });
    if (!r.ok) throw new Error("not ok");
    const { counts } = r.data;
    const sql = await db().$queryRaw<{ confirmed: bigint; declined: bigint; invited: bigint; tokyo: bigint; japan_declined: bigint }[]>`
      SELECT (SELECT count(*) FROM "Registration" WHERE "eventId" = ${ev.event.id} AND status = 'CONFIRMED') AS confirmed,
             (SELECT count(*) FROM "Invitation" WHERE "eventId" = ${ev.event.id} AND status = 'DECLINED') AS declined,
             (SELECT count(*) FROM "Invitation" WHERE "eventId" = ${ev.event.id} AND status = 'INVITED' AND "expiresAt" > now()) AS invited,
             (SELECT count(*) FROM "Registration" WHERE "venueId" = ${ev.tokyo.id} AND status = 'CONFIRMED') AS tokyo,
             (SELECT count(*) FROM "Invitation" i JOIN "DelegationMember" m ON m.id = i."delegationMemberId" WHERE m."delegationId" = ${japanId} AND i.status = 'DECLINED') AS japan_declined`;
    expect(counts.status.confirmed).toBe(Number(sql[0].confirmed));
    expect(counts.status.declined).toBe(Number(sql[0].declined));
    expect(counts.status.invited).toBe(Number(sql[0].invited));
    expect(counts.venue[ev.tokyo.id].confirmed).toBe(Number(sql[0].tokyo));
    expect(counts.delegation[japanId].declined).toBe(Number(sql[0].japan_declined));
    expect(counts.status).toMatchObject({ confirmed: 1, declined: 1, invited: 2 });
    const filtered = await listRegistrants(w.actors.viewer, { eventId: ev.event.id, filters: { status: "declined" } });
    expect(filtered.ok && filtered.data.rows.map((x) => x.email)).toEqual(["liwei@accord.test"]);
    const file = await exportRegistrantsCsv(w.actors.viewer, { eventId: ev.event.id });
    if (!file.ok) throw new Error("no csv");
    expect(file.data.csv.startsWith("\uFEFFname,email")).toBe(true);
    expect(file.data.csv).toContain("'=Evil");
    expect(file.data.csv).toContain("Busy");
    expect(await exportRegistrantsCsv(w.actors.outsider, { eventId: ev.event.id })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("an announcement goes to the chosen registrants in each one's language; a viewer may not send one", async () => {
    const reg = await db().registration.findFirstOrThrow({
      where: { eventId: ev.event.id },
      select: { id: true, user: { select: { email: true } } },
    });
    const input = {
      eventId: ev.event.id,
      subject: { en: "Schedule change", ja: "日程変更" },
      message: { en: "Starts at 10:00 JST.", ja: "10:00（日本時間）開始です。" },
      recipients: [reg.id],
    };
    const before = await db().mailMessage.count();
    expect(await sendAnnouncement(w.actors.viewer, input)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await sendAnnouncement(w.actors.member, { ...input, recipients: [] })).toMatchObject({ ok: false, code: "invalid" });
    expect(await db().mailMessage.count()).toBe(before);
    expect(await sendAnnouncement(w.actors.member, input)).toEqual({ ok: true, data: { sent: 1 } });
    const mail = await db().mailMessage.findFirstOrThrow({
      where: { toEmail: reg.user.email, kind: "announcement" },
      select: { subject: true, text: true, locale: true },
    });
    expect(mail).toMatchObject({ subject: "日程変更", locale: "ja" });
    expect(mail.text).toContain("10:00（日本時間）開始です。");
  });
});

describe("delegates CSV import, confirm after a change", () => {
  it("an invitation sent between the check and the confirm: nothing imported, that row named", async () => {
    const file = csv(HEADER + "Kato Ren,ren@accord.test,ja,,,,Tokyo\nWang Fang,fang@accord.test,zh,,,,\n");
    const dry = await importDelegatesCsv(w.actors.member, { eventId: ev.event.id, delegationId: japanId, file, mode: "dry-run" });
    expect(dry.ok && dry.data.errors).toEqual([]);
    const one = await inviteDelegate(w.actors.member, { eventId: ev.event.id, email: "fang@accord.test", name: "Wang Fang", locale: "zh" });
    expect(one.ok).toBe(true);
    const before = await importCounts();
    const r = inEnglish(
      await importDelegatesCsv(w.actors.member, {
        eventId: ev.event.id,
        delegationId: japanId,
        uploadToken: dry.ok ? dry.data.uploadToken : "",
        mode: "confirm",
      }),
    );
    expect(r).toMatchObject({ ok: false, code: "invalid" });
    expect(!r.ok && r.code === "invalid" && r.fieldErrors.file).toEqual([expect.stringMatching(/^Line 3: .*fang@accord\.test/)]);
    expect(await importCounts()).toEqual(before);
  });
});

describe("delegates CSV import, double confirm", () => {
  /** One tab's check of the file: its upload token. */
  const check = async (file: Uint8Array) => {
    const dry = await importDelegatesCsv(w.actors.member, { eventId: ev.event.id, delegationId: japanId, file, mode: "dry-run" });
    if (!dry.ok || !dry.data.uploadToken) throw new Error("check failed");
    return dry.data.uploadToken;
  };
  const confirm = (uploadToken: string) =>
    importDelegatesCsv(w.actors.member, { eventId: ev.event.id, delegationId: japanId, uploadToken, mode: "confirm" });

  it("the same file checked in two tabs and confirmed in both at once: one import, the other told it was already confirmed", async () => {
    const file = csv(
      HEADER + "Mori Ken,ken@accord.test,ja,,,,Tokyo\nZhao Lei,lei@accord.test,zh,,,,\nAnna Berg,anna@accord.test,en,,,,Online\n",
    );
    const tokens = [await check(file), await check(file)];
    const before = await importCounts();
    const results = await Promise.all(tokens.map(confirm));
    expect(results.filter((r) => r.ok).map((r) => r.ok && r.data.created)).toEqual([3]);
    expect(results.filter((r) => !r.ok).map(inEnglish)).toEqual([
      expect.objectContaining({ ok: false, code: "conflict", message: expect.stringMatching(/already confirmed/) }),
    ]);
    expect(await importCounts()).toEqual([before[0] + 3, before[1] + 3, before[2] + 3]);
  });

  it("the second tab's confirm, sent after the first one finished, is told it was already confirmed and writes nothing", async () => {
    const file = csv(HEADER + "Ito Aya,aya@accord.test,ja,,,,Tokyo\nSun Mei,mei@accord.test,zh,,,,\n");
    const [first, second] = [await check(file), await check(file)];
    const done = await confirm(first);
    expect(done.ok && done.data.created).toBe(2);
    const before = await importCounts();
    expect(inEnglish(await confirm(second))).toMatchObject({
      ok: false,
      code: "conflict",
      message: expect.stringMatching(/already confirmed/),
    });
    expect(await importCounts()).toEqual(before);
  });
});
