import "server-only";
import { expect } from "vitest";
import { createAgreement, localized } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { type Matrix } from "../types.ts";
import { form, responseOf, resultData, uniqueTitle } from "./helpers.ts";

// Follow-up of signed agreements (issue 19): the policy's "followup.write" lets admins,
// owners and organizers (members) keep milestones, funds and the follow-up owner.

const FOLLOW_UP = "app/organizer/events/[eventId]/agreements/[agreementId]/actions.ts";

async function freshAgreement(w: { event: () => Promise<{ event: { id: string } }> }) {
  const { event } = await w.event();
  return createAgreement(db(), { eventId: event.id });
}

export const ledgerEntries: Matrix = {
  [`${FOLLOW_UP}#saveMilestoneAction`]: {
    scenarios: [{
      name: "add a milestone to an agreement",
      access: { action: "followup.write" },
      prepare: async (w) => {
        const agreement = await freshAgreement(w);
        return {
          args: [null, form({ agreementId: agreement.id, id: "", version: 0, typeKey: "construction_started", dueOn: "2021-03-31", doneOn: "", note: "", evidenceUrl: "" })],
          verify: async (o) => {
            resultData(o);
            expect(await db().agreementMilestone.count({ where: { agreementId: agreement.id, typeKey: "construction_started" } })).toBe(1);
          },
        };
      },
    }],
  },
  [`${FOLLOW_UP}#saveFundsAction`]: {
    scenarios: [{
      name: "record funds committed and received in one currency",
      access: { action: "followup.write" },
      prepare: async (w) => {
        const agreement = await freshAgreement(w);
        return {
          args: [null, form({ agreementId: agreement.id, version: 0, currency: "CNY", committed: "1000", received: "500" })],
          verify: async (o) => {
            resultData(o);
            const row = await db().agreementFund.findUniqueOrThrow({ where: { agreementId_currency: { agreementId: agreement.id, currency: "CNY" } } });
            expect(row.receivedMinor).toBe(50000n);
          },
        };
      },
    }],
  },
  [`${FOLLOW_UP}#setFollowUpOwnerAction`]: {
    scenarios: [{
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
    }],
  },
  "app/api/organizer/ledger.csv/route.ts#GET": {
    note: "The organization's project ledger, internal agreements included, for admins and every member of the organization.",
    scenarios: [{
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
    }],
  },
};
