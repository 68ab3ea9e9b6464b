import "server-only";
import { expect } from "vitest";
import { uniqueSuffix } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { newInvitationToken } from "@/server/invitations/invitation-token";
import type { Matrix, Outcome } from "../types.ts";
import type { MatrixWorld } from "../world.ts";
import { form, resultData, responseOf, routeContext } from "./helpers.ts";

// Invitations, delegations and registrants. Inviting into an organization is the policy's
// "people.invite" (its OWNER and admins); everything about an event's delegates is
// "programme.manage"; reading registrants is "internal.read". Answering an invitation is
// public by design: the single-use token is the authorization, whoever is signed in.

const PEOPLE = "app/organizer/organizations/[organizationId]/people/actions.ts";
const MANAGE = "app/organizer/invitations/actions.ts";
const REGISTRANTS = "app/organizer/events/[eventId]/registrants/actions.ts";
const DELEGATIONS = "app/organizer/events/[eventId]/delegations/actions.ts";
const ANSWER = "app/invitations/[token]/actions.ts";

const address = () => `matrix-${uniqueSuffix()}@accord.test`;
const ok = (o: Outcome) => expect(o.kind === "result" && o.ok, JSON.stringify(o)).toBe(true);

/** A fresh open delegate invitation to a fresh event of the owning organization, with its raw token. */
async function openInvitation(w: MatrixWorld, status: "INVITED" | "DECLINED" = "INVITED") {
  const { event, tokyo } = await w.event();
  const { token, tokenHash, expiresAt } = newInvitationToken();
  const inv = await db().invitation.create({
    data: {
      kind: "DELEGATE",
      organizationId: w.orgId,
      eventId: event.id,
      venueId: tokyo.id,
      email: address(),
      name: "Matrix Invitee",
      locale: "en",
      tokenHash,
      expiresAt,
      status,
    },
    select: { id: true, email: true },
  });
  return { event, tokyo, token, ...inv };
}

async function delegationOf(w: MatrixWorld) {
  const { event, tokyo } = await w.event();
  const d = await db().delegation.create({
    data: { eventId: event.id, side: "B", name: { en: "Japan delegation" } },
    select: { id: true },
  });
  return { event, tokyo, delegationId: d.id };
}

const statusOf = (id: string) =>
  db()
    .invitation.findUniqueOrThrow({ where: { id }, select: { status: true } })
    .then((r) => r.status);

export const peopleEntries: Matrix = {
  [`${PEOPLE}#inviteMemberAction`]: {
    scenarios: [
      {
        name: "invite an organizer into the organization",
        access: { action: "people.invite" },
        prepare: async (w) => {
          const email = address();
          return {
            args: [null, form({ organizationId: w.orgId, email, name: "New Organizer", locale: "zh", role: "ORGANIZER" })],
            verify: async (o) => {
              ok(o);
              expect(
                await db().invitation.count({ where: { email, organizationId: w.orgId, kind: "MEMBER", memberRole: "ORGANIZER" } }),
              ).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${MANAGE}#revokeInvitationAction`]: {
    scenarios: [
      {
        name: "revoke a delegate's invitation",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const inv = await openInvitation(w);
          return {
            args: [null, form({ invitationId: inv.id, version: 1 })],
            verify: async (o) => {
              ok(o);
              expect(await statusOf(inv.id)).toBe("REVOKED");
            },
          };
        },
      },
    ],
  },
  [`${MANAGE}#resendInvitationAction`]: {
    scenarios: [
      {
        name: "resend a delegate's invitation with a new link",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const inv = await openInvitation(w);
          return {
            args: [null, form({ invitationId: inv.id, version: 1 })],
            verify: async (o) => {
              ok(o);
              expect(await db().invitation.findUniqueOrThrow({ where: { id: inv.id }, select: { version: true } })).toEqual({ version: 2 });
              expect(await db().mailMessage.count({ where: { toEmail: inv.email, kind: "invitation-delegate" } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${MANAGE}#recordInvitationAnswerAction`]: {
    scenarios: [
      {
        name: "record a decline given by phone",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const inv = await openInvitation(w);
          return {
            args: [null, form({ invitationId: inv.id, version: 1, answer: "DECLINED", reason: "By phone" })],
            verify: async (o) => {
              ok(o);
              expect(await statusOf(inv.id)).toBe("DECLINED");
            },
          };
        },
      },
    ],
  },
  [`${REGISTRANTS}#inviteDelegateAction`]: {
    scenarios: [
      {
        name: "invite one delegate to an event",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, tokyo } = await w.event();
          const email = address();
          return {
            args: [null, form({ eventId: event.id, email, name: "Delegate", locale: "ja", venueId: tokyo.id })],
            verify: async (o) => {
              ok(o);
              expect(await db().invitation.count({ where: { email, eventId: event.id } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${REGISTRANTS}#sendAnnouncementAction`]: {
    scenarios: [
      {
        name: "send an announcement to a registrant",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event, tokyo } = await w.event();
          const reg = await db().registration.create({
            data: { eventId: event.id, userId: w.users.delegate.id, venueId: tokyo.id, calendarToken: `matrix-${uniqueSuffix()}` },
            select: { id: true },
          });
          return {
            args: [
              null,
              form({ eventId: event.id, subject: { en: "Schedule change" }, message: { en: "Now at 10:00." }, recipients: [reg.id] }),
            ],
            verify: async (o) => {
              ok(o);
              expect(
                await db().mailMessage.count({
                  where: { toEmail: w.users.delegate.email, kind: "announcement", subject: "Schedule change" },
                }),
              ).toBeGreaterThan(0);
            },
          };
        },
      },
    ],
  },
  [`${DELEGATIONS}#createDelegationAction`]: {
    scenarios: [
      {
        name: "create a delegation for a side",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event } = await w.event();
          return {
            args: [null, form({ eventId: event.id, side: "A", name: { en: "Shandong delegation" } })],
            verify: async (o) => {
              ok(o);
              expect(await db().delegation.count({ where: { eventId: event.id } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${DELEGATIONS}#addDelegationMemberAction`]: {
    scenarios: [
      {
        name: "add the head of a delegation",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const d = await delegationOf(w);
          return {
            args: [
              null,
              form({ eventId: d.event.id, delegationId: d.delegationId, name: "Head", languages: "ja", isHead: "on", venueId: d.tokyo.id }),
            ],
            verify: async (o) => {
              ok(o);
              expect(await db().delegationMember.count({ where: { delegationId: d.delegationId, isHead: true } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${DELEGATIONS}#inviteDelegationAction`]: {
    scenarios: [
      {
        name: "invite every member of a delegation",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const d = await delegationOf(w);
          await db().delegationMember.create({
            data: { delegationId: d.delegationId, name: "Member", email: address(), languages: ["ja"], interpretation: [] },
          });
          return {
            args: [null, form({ eventId: d.event.id, delegationId: d.delegationId })],
            verify: async (o) => {
              ok(o);
              expect(await db().invitation.count({ where: { eventId: d.event.id } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${DELEGATIONS}#importDelegatesAction`]: {
    scenarios: [
      {
        name: "check a delegates CSV (dry run)",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const d = await delegationOf(w);
          const file = new Blob([`name,email,language,organization,position,interpretation,venue\nAiko,${address()},ja,,,,\n`], {
            type: "text/csv",
          });
          return {
            args: [null, form({ eventId: d.event.id, delegationId: d.delegationId, mode: "dry-run", file })],
            verify: (o) => {
              expect(resultData<{ toInvite: unknown[]; errors: unknown[] }>(o)).toMatchObject({
                toInvite: [expect.anything()],
                errors: [],
              });
            },
          };
        },
      },
    ],
  },
  [`${ANSWER}#acceptInvitationAction`]: {
    note: "Public by design: the single-use token is the authorization.",
    scenarios: [
      {
        name: "accept an invitation with a valid link",
        access: { action: "public.read" },
        perRole: true,
        prepare: async (w) => {
          const inv = await openInvitation(w);
          return {
            args: [
              null,
              form({ token: inv.token, venueId: inv.tokyo.id, password: "matrix passphrase 1", confirm: "matrix passphrase 1" }),
            ],
            verify: async (o) => {
              ok(o);
              expect(await db().registration.count({ where: { eventId: inv.event.id, user: { email: inv.email } } })).toBe(1);
            },
          };
        },
      },
      {
        name: "accept with a link already answered",
        access: { nobody: "a used link is refused for every caller" },
        prepare: async (w) => {
          const inv = await openInvitation(w, "DECLINED");
          return {
            args: [
              null,
              form({ token: inv.token, venueId: inv.tokyo.id, password: "matrix passphrase 1", confirm: "matrix passphrase 1" }),
            ],
          };
        },
      },
    ],
  },
  [`${ANSWER}#declineInvitationAction`]: {
    note: "Public by design: the single-use token is the authorization.",
    scenarios: [
      {
        name: "decline an invitation with a valid link",
        access: { action: "public.read" },
        perRole: true,
        prepare: async (w) => {
          const inv = await openInvitation(w);
          return {
            args: [null, form({ token: inv.token, reason: "Away" })],
            verify: async (o) => {
              ok(o);
              expect(await statusOf(inv.id)).toBe("DECLINED");
            },
          };
        },
      },
    ],
  },
  "app/api/organizer/events/[eventId]/registrants.csv/route.ts#GET": {
    note: "Every invitee and registrant of the event, for admins and every member of the event's organization.",
    scenarios: [
      {
        name: "download the registrants of an event",
        access: { action: "internal.read" },
        prepare: async (w) => {
          const inv = await openInvitation(w);
          return {
            args: [
              new Request(`http://localhost/api/organizer/events/${inv.event.id}/registrants.csv`),
              routeContext({ eventId: inv.event.id }),
            ],
            secrets: [inv.email],
            verify: (o) => {
              const r = responseOf(o);
              expect(r.status).toBe(200);
              expect(r.headers.get("content-type")).toBe("text/csv; charset=utf-8");
              expect(r.body).toMatch(/^\uFEFF?name,email/); // Response.text() drops the BOM (the unit test sees it)
              expect(r.body).toContain(inv.email);
            },
          };
        },
      },
    ],
  },
};
