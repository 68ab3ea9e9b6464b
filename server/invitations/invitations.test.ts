import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/server/auth/password";
import { createMatrixWorld, type MatrixWorld } from "@/server/authorization-matrix/world";
import { db } from "@/server/db/client";
import { inEnglish } from "@/server/testing/in-english";
import { useTestDatabase } from "@/server/testing/test-database";
import { acceptInvitation, declineInvitation } from "./answer-invitation.ts";
import { hashToken } from "./invitation-token.ts";
import { inviteDelegate } from "./invite-delegate.ts";
import { inviteMember } from "./invite-member.ts";
import { recordInvitationAnswer, resendInvitation, revokeInvitation } from "./manage-invitation.ts";

useTestDatabase();
let w: MatrixWorld;
let ev: Awaited<ReturnType<MatrixWorld["event"]>>;
const BASE = "http://accord.test";
const PASSWORD = "harbour lantern 42";
let n = 0;
const email = () => `invitee-${++n}-${Date.now().toString(36)}@accord.test`;

beforeAll(async () => {
  w = await createMatrixWorld();
  ev = await w.event();
});

/** The raw token from the newest invitation mail to this address (only the mail holds it). */
async function tokenOf(to: string): Promise<string> {
  const mail = await db().mailMessage.findFirstOrThrow({
    where: { toEmail: to, kind: { startsWith: "invitation" } },
    orderBy: { createdAt: "desc" },
    select: { text: true },
  });
  return decodeURIComponent(/\/invitations\/(\S+)/.exec(mail.text)![1]);
}

const counts = async () => ({
  invitations: await db().invitation.count(),
  users: await db().user.count(),
  registrations: await db().registration.count(),
  memberships: await db().membership.count(),
  mail: await db().mailMessage.count(),
  audit: await db().auditLog.count(),
});

async function invite(to = email(), extra: Record<string, unknown> = {}) {
  const r = await inviteDelegate(
    w.actors.member,
    { eventId: ev.event.id, email: to, name: "Aiko Sato", locale: "ja", ...extra },
    { baseUrl: BASE },
  );
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return { to, token: await tokenOf(to), id: r.ok ? r.data.invitationId : "" };
}

describe("inviting", () => {
  it("an owner invites an organizer: the mail is in the invitee's language and only the token's hash is stored", async () => {
    const to = email();
    const r = await inviteMember(
      w.actors.owner,
      { organizationId: w.orgId, email: to.toUpperCase(), name: "Wang Fang", locale: "zh", role: "ORGANIZER" },
      { baseUrl: BASE },
    );
    expect(r.ok).toBe(true);
    const row = await db().invitation.findFirstOrThrow({
      where: { email: to },
      select: { tokenHash: true, status: true, memberRole: true },
    });
    expect(row).toMatchObject({ status: "INVITED", memberRole: "ORGANIZER" });
    const mail = await db().mailMessage.findFirstOrThrow({
      where: { toEmail: to },
      select: { locale: true, subject: true, html: true, text: true },
    });
    expect(mail.locale).toBe("zh");
    expect(mail.subject).toContain("邀请您加入");
    expect(mail.html).toContain(`${BASE}/invitations/`);
    const token = await tokenOf(to);
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(await db().invitation.findMany())).not.toContain(token);
  });

  it("refuses an owner inviting an OWNER, a member, a viewer, an outsider (not found) and a delegate; nothing changes", async () => {
    const before = await counts();
    const input = (role: string) => ({ organizationId: w.orgId, email: email(), name: "X", locale: "en", role });
    expect(await inviteMember(w.actors.owner, input("OWNER"))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await inviteMember(w.actors.member, input("VIEWER"))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await inviteMember(w.actors.viewer, input("VIEWER"))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await inviteMember(w.actors.outsider, input("VIEWER"))).toMatchObject({ ok: false, code: "not_found" });
    expect(await inviteMember(w.actors.delegate, input("VIEWER"))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await inviteMember(null, input("VIEWER"))).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await inviteMember(w.actors.owner, { ...input("VIEWER"), email: "not-an-address" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { email: expect.any(Array) },
    });
    expect(await inviteDelegate(w.actors.outsider, { eventId: ev.event.id, email: email(), name: "X", locale: "en" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await inviteDelegate(w.actors.viewer, { eventId: ev.event.id, email: email(), name: "X", locale: "en" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const other = await w.event();
    expect(
      await inviteDelegate(w.actors.member, { eventId: ev.event.id, email: email(), name: "X", locale: "en", venueId: other.jinan.id }),
    ).toMatchObject({ ok: false, code: "invalid", fieldErrors: { venueId: expect.any(Array) } });
    expect(await counts()).toEqual(before);
  });

  it("an admin invites the first OWNER; a second open invitation to the same address is refused", async () => {
    const to = email();
    const input = { organizationId: w.orgId, email: to, name: "Owner", locale: "en", role: "OWNER" };
    const [a, b] = await Promise.all([inviteMember(w.actors.admin, input), inviteMember(w.actors.admin, input)]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(await db().invitation.count({ where: { email: to } })).toBe(1);
  });
});

describe("answering by the link", () => {
  it("accepting creates the account with its password, the registration and a confirmation with an .ics", async () => {
    const { to, token } = await invite();
    expect(await acceptInvitation({ token, venueId: ev.tokyo.id })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { password: expect.any(Array) },
    });
    const r = await acceptInvitation({ token, venueId: ev.tokyo.id, password: PASSWORD, confirm: PASSWORD }, { baseUrl: BASE });
    expect(r).toMatchObject({ ok: true, data: { newAccount: true, registration: { status: "CONFIRMED" } } });
    const user = await db().user.findUniqueOrThrow({
      where: { email: to },
      select: { id: true, role: true, locale: true, passwordHash: true },
    });
    expect(user).toMatchObject({ role: "DELEGATE", locale: "ja" });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(
      await db().registration.findUniqueOrThrow({
        where: { eventId_userId: { eventId: ev.event.id, userId: user.id } },
        select: { venueId: true },
      }),
    ).toEqual({ venueId: ev.tokyo.id });
    const mail = await db().mailMessage.findFirstOrThrow({
      where: { toEmail: to, kind: "registration-confirmed" },
      select: { locale: true, attachments: true },
    });
    expect(mail.locale).toBe("ja");
    expect(JSON.stringify(mail.attachments)).toContain("BEGIN:VCALENDAR");
  });

  it("20 concurrent accepts of one link make one account and one registration", async () => {
    const { to, token } = await invite();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => acceptInvitation({ token, venueId: ev.jinan.id, password: PASSWORD, confirm: PASSWORD })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === "not_found")).toBe(true);
    expect(await db().user.count({ where: { email: to } })).toBe(1);
    expect(await db().registration.count({ where: { user: { email: to } } })).toBe(1);
    expect(await db().mailMessage.count({ where: { toEmail: to, kind: "registration-confirmed" } })).toBe(1);
  });

  it("a full venue waitlists the next accept, as registering does", async () => {
    const small = await w.event();
    await db().venue.update({ where: { id: small.tokyo.id }, data: { capacity: 1 } });
    const out: string[] = [];
    for (let i = 0; i < 2; i++) {
      const to = email();
      const r = await inviteDelegate(w.actors.owner, {
        eventId: small.event.id,
        email: to,
        name: "D",
        locale: "en",
        venueId: small.tokyo.id,
      });
      expect(r.ok).toBe(true);
      const a = await acceptInvitation({ token: await tokenOf(to), password: PASSWORD, confirm: PASSWORD });
      out.push(a.ok && a.data.registration ? a.data.registration.status : "failed");
    }
    expect(out).toEqual(["CONFIRMED", "WAITLISTED"]);
  });

  it("declining records the reason; the used link is then refused and changes nothing", async () => {
    const { token, id } = await invite();
    expect(await declineInvitation({ token, reason: "Travelling that week" })).toMatchObject({ ok: true });
    expect(
      await db().invitation.findUniqueOrThrow({ where: { id }, select: { status: true, declineReason: true, answeredVia: true } }),
    ).toEqual({ status: "DECLINED", declineReason: "Travelling that week", answeredVia: "link" });
    const before = await counts();
    expect(inEnglish(await acceptInvitation({ token, venueId: ev.jinan.id, password: PASSWORD, confirm: PASSWORD }))).toMatchObject({
      ok: false,
      code: "not_found",
      message: "This invitation has already been answered.",
    });
    expect(await declineInvitation({ token })).toMatchObject({ ok: false, code: "not_found" });
    expect(await counts()).toEqual(before);
  });

  it("expired, revoked and unknown links are refused with their reason and change nothing", async () => {
    const expired = await invite();
    await db().invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const revoked = await invite();
    expect(await revokeInvitation(w.actors.member, { invitationId: revoked.id, version: 1 })).toMatchObject({ ok: true });
    const before = await counts();
    const accept = async (token: string) =>
      inEnglish(await acceptInvitation({ token, venueId: ev.jinan.id, password: PASSWORD, confirm: PASSWORD }));
    expect(await accept(expired.token)).toMatchObject({
      ok: false,
      message: "This invitation has expired. Ask the organizer for a new one.",
    });
    expect(await accept(revoked.token)).toMatchObject({ ok: false, message: "This invitation was withdrawn by the organizer." });
    expect(await accept("x".repeat(43))).toMatchObject({ ok: false, message: "This invitation link is not valid." });
    expect(await counts()).toEqual(before);
  });
});

describe("organizers handling invitations", () => {
  it("resending gives a new link and kills the old one", async () => {
    const { to, token, id } = await invite();
    expect(await resendInvitation(w.actors.member, { invitationId: id, version: 1 }, { baseUrl: BASE })).toMatchObject({ ok: true });
    const fresh = await tokenOf(to);
    expect(fresh).not.toBe(token);
    expect(await declineInvitation({ token })).toMatchObject({ ok: false, code: "not_found" });
    expect(await declineInvitation({ token: fresh })).toMatchObject({ ok: true });
  });

  it("a stale version is a conflict; another organization's invitation is not found; a viewer may not", async () => {
    const { id } = await invite();
    const before = await counts();
    expect(await revokeInvitation(w.actors.member, { invitationId: id, version: 7 })).toMatchObject({ ok: false, code: "conflict" });
    expect(await revokeInvitation(w.actors.outsider, { invitationId: id, version: 1 })).toMatchObject({ ok: false, code: "not_found" });
    expect(await revokeInvitation(w.actors.viewer, { invitationId: id, version: 1 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await resendInvitation(w.actors.delegate, { invitationId: id, version: 1 })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await recordInvitationAnswer(w.actors.outsider, { invitationId: id, version: 1, answer: "ACCEPTED" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await counts()).toEqual(before);
  });

  it("an answer given by phone registers the invitee (account without password) or records the decline", async () => {
    const yes = await invite();
    expect(
      await recordInvitationAnswer(
        w.actors.member,
        { invitationId: yes.id, version: 1, answer: "ACCEPTED", venueId: ev.online.id },
        { baseUrl: BASE },
      ),
    ).toMatchObject({ ok: true });
    const reg = await db().registration.findFirstOrThrow({ where: { user: { email: yes.to } }, select: { venueId: true, status: true } });
    expect(reg).toEqual({ venueId: ev.online.id, status: "CONFIRMED" });
    expect(await db().invitation.findUniqueOrThrow({ where: { id: yes.id }, select: { answeredVia: true, version: true } })).toEqual({
      answeredVia: "organizer",
      version: 2,
    });
    const no = await invite();
    expect(
      await recordInvitationAnswer(w.actors.owner, { invitationId: no.id, version: 1, answer: "DECLINED", reason: "Said so on the phone" }),
    ).toMatchObject({ ok: true });
    expect(await db().invitation.findUniqueOrThrow({ where: { id: no.id }, select: { status: true, declineReason: true } })).toEqual({
      status: "DECLINED",
      declineReason: "Said so on the phone",
    });
  });

  it("accepting a member invitation adds the membership with its role and links an existing account", async () => {
    const existing = await db().user.create({
      data: { email: email(), name: "Existing Delegate", passwordHash: "!no-password-set" },
      select: { id: true, email: true },
    });
    expect(
      (
        await inviteMember(w.actors.owner, {
          organizationId: w.orgId,
          email: existing.email,
          name: "Existing",
          locale: "en",
          role: "VIEWER",
        })
      ).ok,
    ).toBe(true);
    expect(await acceptInvitation({ token: await tokenOf(existing.email) })).toMatchObject({
      ok: true,
      data: { newAccount: false, userId: existing.id },
    });
    expect(
      await db().membership.findFirstOrThrow({ where: { userId: existing.id }, select: { role: true, organizationId: true } }),
    ).toEqual({ role: "VIEWER", organizationId: w.orgId });
    expect(await db().user.findUniqueOrThrow({ where: { id: existing.id }, select: { role: true } })).toEqual({ role: "ORGANIZER" });
  });
});
