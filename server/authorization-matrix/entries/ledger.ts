import "server-only";
import { expect } from "vitest";
import { randomUUID } from "node:crypto";
import { createAgreement, localized } from "@/prisma/seed/factories";
import { hashUpdateToken } from "@/server/ledger/update-links";
import { db } from "@/server/db/client";
import { type Matrix } from "../types.ts";
import { form, responseOf, resultData, uniqueTitle } from "./helpers.ts";

// Follow-up of signed agreements (issue 19): the policy's "followup.write" lets admins,
// owners and organizers (members) keep milestones, funds and the follow-up owner.

const FOLLOW_UP = "app/organizer/events/[eventId]/agreements/[agreementId]/actions.ts";
const PARTY = "app/follow-up/[token]/actions.ts";

async function linkOf(agreementId: string, revoked = false) {
  const token = `matrix-${randomUUID()}-${randomUUID()}`;
  const link = await db().agreementUpdateLink.create({
    data: {
      agreementId,
      tokenHash: hashUpdateToken(token),
      contactName: "Matrix contact",
      expiresAt: new Date(Date.now() + 86_400_000),
      revokedAt: revoked ? new Date() : null,
    },
    select: { id: true },
  });
  return { token, linkId: link.id };
}

const report = (token: string) =>
  form({ token, submissionKey: randomUUID(), typeKey: "construction_started", doneOn: "2021-05-01", note: "", evidenceUrl: "" });

async function freshAgreement(w: { event: () => Promise<{ event: { id: string } }> }) {
  const { event } = await w.event();
  return createAgreement(db(), { eventId: event.id });
}

export const ledgerEntries: Matrix = {
  [`${FOLLOW_UP}#saveMilestoneAction`]: {
    scenarios: [
      {
        name: "add a milestone to an agreement",
        access: { action: "followup.write" },
        prepare: async (w) => {
          const agreement = await freshAgreement(w);
          return {
            args: [
              null,
              form({
                agreementId: agreement.id,
                id: "",
                version: 0,
                typeKey: "construction_started",
                dueOn: "2021-03-31",
                doneOn: "",
                note: "",
                evidenceUrl: "",
              }),
            ],
            verify: async (o) => {
              resultData(o);
              expect(await db().agreementMilestone.count({ where: { agreementId: agreement.id, typeKey: "construction_started" } })).toBe(
                1,
              );
            },
          };
        },
      },
    ],
  },
  [`${FOLLOW_UP}#saveFundsAction`]: {
    scenarios: [
      {
        name: "record funds committed and received in one currency",
        access: { action: "followup.write" },
        prepare: async (w) => {
          const agreement = await freshAgreement(w);
          return {
            args: [null, form({ agreementId: agreement.id, version: 0, currency: "CNY", committed: "1000", received: "500" })],
            verify: async (o) => {
              resultData(o);
              const row = await db().agreementFund.findUniqueOrThrow({
                where: { agreementId_currency: { agreementId: agreement.id, currency: "CNY" } },
              });
              expect(row.receivedMinor).toBe(50000n);
            },
          };
        },
      },
    ],
  },
  [`${FOLLOW_UP}#setFollowUpOwnerAction`]: {
    scenarios: [
      {
        name: "name the follow-up owner",
        access: { action: "followup.write" },
        prepare: async (w) => {
          const agreement = await freshAgreement(w);
          const ownerId = w.users.member.id;
          return {
            args: [null, form({ agreementId: agreement.id, version: 0, ownerId })],
            verify: async (o) => {
              resultData(o);
              expect((await db().agreementFollowUp.findUniqueOrThrow({ where: { agreementId: agreement.id } })).ownerId).toBe(ownerId);
            },
          };
        },
      },
    ],
  },
  "app/api/organizer/ledger.csv/route.ts#GET": {
    note: "The organization's project ledger, internal agreements included, for admins and every member of the organization.",
    scenarios: [
      {
        name: "download the project ledger with an internal agreement",
        access: { action: "internal.read" },
        prepare: async (w) => {
          const { event } = await w.event();
          const title = uniqueTitle("Confidential plant");
          await createAgreement(db(), { eventId: event.id }, { title: localized(title), visibility: "INTERNAL" });
          return {
            args: [new Request(`http://localhost/api/organizer/ledger.csv?organizationId=${w.orgId}&eventId=${event.id}`)],
            secrets: [title],
            verify: (o) => {
              expect(responseOf(o).headers.get("content-type")).toMatch(/^text\/csv/);
              expect(responseOf(o).body).toContain(title);
            },
          };
        },
      },
    ],
  },
  [`${FOLLOW_UP}#createUpdateLinkAction`]: {
    scenarios: [
      {
        name: "make a link for a party contact",
        access: { action: "followup.write" },
        prepare: async (w) => {
          const agreement = await freshAgreement(w);
          return {
            args: [null, form({ agreementId: agreement.id, contactName: "Sato Kenji", locale: "ja", days: 30 })],
            verify: async (o) => {
              expect(resultData<{ path: string }>(o).path).toMatch(/^\/follow-up\//);
              expect(await db().agreementUpdateLink.count({ where: { agreementId: agreement.id } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${FOLLOW_UP}#revokeUpdateLinkAction`]: {
    scenarios: [
      {
        name: "revoke a party contact's link",
        access: { action: "followup.write" },
        prepare: async (w) => {
          const agreement = await freshAgreement(w);
          const { linkId } = await linkOf(agreement.id);
          return {
            args: [null, form({ agreementId: agreement.id, id: linkId })],
            verify: async (o) => {
              resultData(o);
              expect((await db().agreementUpdateLink.findUniqueOrThrow({ where: { id: linkId } })).revokedAt).not.toBeNull();
            },
          };
        },
      },
    ],
  },
  [`${FOLLOW_UP}#decidePartyUpdateAction`]: {
    scenarios: [
      {
        name: "confirm a milestone reported by a party contact",
        access: { action: "followup.write" },
        prepare: async (w) => {
          const agreement = await freshAgreement(w);
          const { linkId } = await linkOf(agreement.id);
          const update = await db().partyUpdate.create({
            data: {
              linkId,
              agreementId: agreement.id,
              typeKey: "construction_started",
              doneOn: new Date("2021-05-01T00:00:00Z"),
              submissionKey: randomUUID(),
            },
            select: { id: true },
          });
          return {
            args: [null, form({ id: update.id, version: 1, decision: "CONFIRMED" })],
            verify: async (o) => {
              resultData(o);
              expect(
                await db().agreementMilestone.count({
                  where: { agreementId: agreement.id, typeKey: "construction_started", doneOn: { not: null } },
                }),
              ).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${PARTY}#submitPartyUpdateAction`]: {
    note: "Public by design: the link's token is the authorization, whoever is signed in. A revoked link is refused for every caller.",
    scenarios: [
      {
        name: "report a milestone through a live link",
        access: { action: "public.read" },
        perRole: true,
        prepare: async (w) => {
          const agreement = await freshAgreement(w);
          const { token } = await linkOf(agreement.id);
          return {
            args: [null, report(token)],
            verify: async (o) => {
              resultData(o);
              expect(await db().partyUpdate.count({ where: { agreementId: agreement.id, status: "PENDING" } })).toBe(1);
            },
          };
        },
      },
      {
        name: "report a milestone through a revoked link",
        access: { nobody: "a revoked link is refused for every caller" },
        prepare: async (w) => {
          const agreement = await freshAgreement(w);
          const { token } = await linkOf(agreement.id, true);
          return { args: [null, report(token)] };
        },
      },
    ],
  },
  ["app/organizer/ledger/actions.ts#addMilestoneTypeAction"]: {
    scenarios: [
      {
        name: "add a milestone kind of the organization's own",
        access: { action: "followup.write" },
        perRole: true, // each caller adds a kind with its own name (a key is unique per organization)
        prepare: async (w, role) => {
          const name = uniqueTitle(`Kind ${role}`);
          return {
            args: [null, form({ organizationId: w.orgId, name: { en: name } })],
            verify: async (o) => {
              resultData(o);
              expect(await db().milestoneType.count({ where: { organizationId: w.orgId, name: { path: ["en"], equals: name } } })).toBe(1);
            },
          };
        },
      },
    ],
  },
};
