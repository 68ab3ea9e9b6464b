import "server-only";
import { expect } from "vitest";
import { randomUUID } from "node:crypto";
import { createAgreement, localized } from "@/prisma/seed/factories";
import { hashUpdateToken } from "@/server/ledger/update-links";
import { db } from "@/server/db/client";
import { type Matrix } from "../types.ts";
import { form, responseOf, resultData, routeContext, uniqueTitle } from "./helpers.ts";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { storageConfig, storagePath } from "@/server/video-messages/storage-config";
import { evidenceFileName } from "@/server/ledger/evidence/evidence-files";

// Follow-up of signed agreements (issue 19): the policy's "followup.write" lets admins,
// owners and organizers (members) keep milestones, funds and the follow-up owner.

const FOLLOW_UP = "app/organizer/events/[eventId]/agreements/[agreementId]/actions.ts";
const LEDGER = "app/organizer/ledger/actions.ts";

/** A saved view of the ledger belonging to the organization's member (ORGANIZER). */
const memberView = (w: { orgId: string; users: { member: { id: string } } }) =>
  db().ledgerView.create({
    data: { organizationId: w.orgId, userId: w.users.member.id, name: uniqueTitle("Member's view"), query: "?overdue=1" },
    select: { id: true, name: true },
  });
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

const EVIDENCE = "app/api/organizer/milestones/[id]/evidence/route.ts";

async function freshMilestone(w: { event: () => Promise<{ event: { id: string } }> }) {
  const agreement = await freshAgreement(w);
  return db().agreementMilestone.create({
    data: { agreementId: agreement.id, typeKey: "approvals", dueOn: new Date("2021-03-31T00:00:00Z") },
    select: { id: true },
  });
}

export const ledgerEntries: Matrix = {
  [`${EVIDENCE}#POST`]: {
    scenarios: [
      {
        name: "upload a PDF as a milestone's evidence",
        access: { action: "followup.write" },
        prepare: async (w) => {
          const m = await freshMilestone(w);
          const request = new Request(`http://localhost/api/organizer/milestones/${m.id}/evidence?version=1&name=permit.pdf`, {
            method: "POST",
            body: "%PDF-1.4\n% matrix evidence\n",
            headers: { host: "localhost", origin: "http://localhost" },
          });
          return {
            args: [request, routeContext({ id: m.id })],
            verify: async (o) => {
              expect(responseOf(o).status).toBe(200);
              const row = await db().agreementMilestone.findUniqueOrThrow({ where: { id: m.id } });
              expect([row.evidenceFileName, row.evidenceFileType, row.version]).toEqual(["permit.pdf", "application/pdf", 2]);
            },
          };
        },
      },
    ],
  },
  [`${EVIDENCE}#GET`]: {
    note: "Evidence files are internal records: the organization's staff read them; for anyone else they do not exist.",
    scenarios: [
      {
        name: "download a milestone's evidence file",
        access: { action: "internal.read" },
        prepare: async (w) => {
          const m = await freshMilestone(w);
          const secret = uniqueTitle("Confidential land permit");
          const file = evidenceFileName(m.id, "pdf");
          const where = storagePath(storageConfig(), "evidence", file);
          await mkdir(path.dirname(where), { recursive: true });
          await writeFile(where, `%PDF-1.4\n% ${secret}\n`);
          await db().agreementMilestone.update({
            where: { id: m.id },
            data: { evidenceFile: file, evidenceFileName: "permit.pdf", evidenceFileType: "application/pdf", evidenceFileSize: 40 },
          });
          return {
            args: [new Request(`http://localhost/api/organizer/milestones/${m.id}/evidence`), routeContext({ id: m.id })],
            secrets: [secret],
            verify: (o) => {
              expect(responseOf(o).headers.get("content-type")).toBe("application/pdf");
              expect(responseOf(o).body).toContain(secret);
            },
          };
        },
      },
    ],
  },
  [`${LEDGER}#saveLedgerViewAction`]: {
    note: "A saved view is the caller's own: staff of the organization name their own; renaming another's answers not found.",
    scenarios: [
      {
        name: "save the current filters as one's own view",
        access: { action: "ledger.views" },
        perRole: true,
        prepare: async (w) => {
          const name = uniqueTitle("Overdue view");
          return {
            args: [null, form({ organizationId: w.orgId, name, query: "?overdue=1&sector=logistics" })],
            verify: async (o) => {
              expect(resultData<{ name: string }>(o).name).toBe(name);
              expect((await db().ledgerView.findFirstOrThrow({ where: { name } })).query).toBe("?sector=logistics&overdue=1");
            },
          };
        },
      },
      {
        name: "rename the member's own view",
        access: { action: "ledger.views", ownedBy: "member" },
        perRole: true,
        prepare: async (w) => {
          const view = await memberView(w);
          const name = uniqueTitle("Renamed view");
          return {
            args: [null, form({ organizationId: w.orgId, viewId: view.id, version: 1, name })],
            verify: async (o) => {
              resultData(o);
              expect((await db().ledgerView.findUniqueOrThrow({ where: { id: view.id } })).name).toBe(name);
            },
          };
        },
      },
    ],
  },
  [`${LEDGER}#deleteLedgerViewAction`]: {
    note: "Only the view's own user may delete it; for everyone else it does not exist.",
    scenarios: [
      {
        name: "delete the member's own view",
        access: { action: "ledger.views", ownedBy: "member" },
        perRole: true,
        prepare: async (w) => {
          const view = await memberView(w);
          return {
            args: [null, form({ viewId: view.id, version: 1 })],
            verify: async (o) => {
              resultData(o);
              expect(await db().ledgerView.count({ where: { id: view.id } })).toBe(0);
            },
          };
        },
      },
    ],
  },
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
