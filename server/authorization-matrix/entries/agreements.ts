import "server-only";
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { AGREEMENT_CSV_COLUMNS } from "@/lib/agreements/csv-columns";
import { createAgreement, createOutcome } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { type Matrix } from "../types.ts";
import { form, redirectUrl, resultData, uniqueTitle } from "./helpers.ts";

// Agreements and outcomes: the policy's "record.write" (server/access/policy.ts) lets admins
// and the OWNER members of the event's organization write them; members and viewers are
// refused with "forbidden".

const AGREEMENTS = "app/organizer/events/[eventId]/agreements/actions.ts";
const OUTCOMES = "app/organizer/events/[eventId]/outcomes/actions.ts";

const agreementFields = (eventId: string, title: string) => ({
  eventId,
  title: { en: title },
  sector: "medical-health",
  type: "MOU",
  visibility: "PUBLIC",
});
const titled = (title: string) => ({ title: { path: ["en"], equals: title } });

function csvFile(title: string): Blob {
  const row: Record<string, string> = { title_en: title, sector: "medical-health", type: "MOU", status: "SIGNED", visibility: "PUBLIC" };
  const text = `${AGREEMENT_CSV_COLUMNS.join(",")}\r\n${AGREEMENT_CSV_COLUMNS.map((c) => row[c] ?? "").join(",")}\r\n`;
  return new Blob([text], { type: "text/csv" });
}

export const agreementEntries: Matrix = {
  [`${AGREEMENTS}#createAgreementAction`]: {
    scenarios: [
      {
        name: "record an agreement",
        access: { action: "record.write" },
        prepare: async (w) => {
          const { event } = await w.event();
          const title = uniqueTitle("Joint lab");
          return {
            args: [null, form({ ...agreementFields(event.id, title), idempotencyKey: randomUUID() })],
            verify: async (o) => {
              expect(redirectUrl(o)).toBe(`/organizer/events/${event.id}/agreements?created=1`);
              expect(await db().agreement.count({ where: { eventId: event.id, ...titled(title) } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${AGREEMENTS}#updateAgreementAction`]: {
    scenarios: [
      {
        name: "retitle an agreement",
        access: { action: "record.write" },
        prepare: async (w) => {
          const { event } = await w.event();
          const agreement = await createAgreement(db(), { eventId: event.id });
          const title = uniqueTitle("Retitled agreement");
          return {
            args: [null, form({ ...agreementFields(event.id, title), id: agreement.id, version: 1 })],
            verify: async (o) => {
              resultData(o);
              expect(
                await db().agreement.findUniqueOrThrow({ where: { id: agreement.id }, select: { title: true, version: true } }),
              ).toEqual({ title: { en: title }, version: 2 });
            },
          };
        },
      },
    ],
  },
  [`${AGREEMENTS}#changeAgreementStatusAction`]: {
    scenarios: [
      {
        name: "move an agreement to in progress",
        access: { action: "record.write" },
        prepare: async (w) => {
          const { event } = await w.event();
          const agreement = await createAgreement(db(), { eventId: event.id });
          return {
            args: [null, form({ id: agreement.id, version: 1, status: "IN_PROGRESS" })],
            verify: async (o) => {
              resultData(o);
              expect((await db().agreement.findUniqueOrThrow({ where: { id: agreement.id }, select: { status: true } })).status).toBe(
                "IN_PROGRESS",
              );
            },
          };
        },
      },
    ],
  },
  [`${AGREEMENTS}#importAgreementsAction`]: {
    scenarios: [
      {
        name: "import a CSV file of agreements (confirm)",
        access: { action: "record.write" },
        prepare: async (w) => {
          const { event } = await w.event();
          const title = uniqueTitle("Imported agreement");
          return {
            args: [null, form({ eventId: event.id, mode: "confirm", file: csvFile(title) })],
            verify: async (o) => {
              expect(resultData(o)).toMatchObject({ mode: "confirm", created: 1 });
              expect(await db().agreement.count({ where: { eventId: event.id, ...titled(title) } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${OUTCOMES}#createOutcomeAction`]: {
    scenarios: [
      {
        name: "record an outcome",
        access: { action: "record.write" },
        prepare: async (w) => {
          const { event } = await w.event();
          const title = uniqueTitle("Exchange platform");
          return {
            args: [
              null,
              form({ eventId: event.id, kind: "PLATFORM", title: { en: title }, visibility: "PUBLIC", idempotencyKey: randomUUID() }),
            ],
            verify: async (o) => {
              resultData(o);
              expect(await db().outcome.count({ where: { eventId: event.id, ...titled(title) } })).toBe(1);
            },
          };
        },
      },
    ],
  },
  [`${OUTCOMES}#updateOutcomeAction`]: {
    scenarios: [
      {
        name: "retitle an outcome",
        access: { action: "record.write" },
        prepare: async (w) => {
          const { event } = await w.event();
          const outcome = await createOutcome(db(), event.id);
          const title = uniqueTitle("Retitled outcome");
          return {
            args: [
              null,
              form({ eventId: event.id, id: outcome.id, version: 1, kind: "PLATFORM", title: { en: title }, visibility: "PUBLIC" }),
            ],
            verify: async (o) => {
              resultData(o);
              expect(await db().outcome.findUniqueOrThrow({ where: { id: outcome.id }, select: { title: true, version: true } })).toEqual({
                title: { en: title },
                version: 2,
              });
            },
          };
        },
      },
    ],
  },
};
