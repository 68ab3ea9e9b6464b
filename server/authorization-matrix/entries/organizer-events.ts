import "server-only";
import { expect } from "vitest";
import { createPerson, uniqueSuffix } from "@/prisma/seed/factories";
import { db } from "@/server/db/client";
import { type Matrix } from "../types.ts";
import { form, redirectUrl, resultData, uniqueTitle } from "./helpers.ts";

// Events and people of the organizer workspace: admins and every member of the owning
// organization (OWNER or not) manage them; nobody else reaches them.

const eventFields = (title: string) => ({
  title: { en: title },
  sideAName: { en: "Shandong" },
  sideBName: { en: "Japan" },
  languages: ["en"],
  primaryTimeZone: "Asia/Shanghai",
  startDate: "2020-07-30",
  endDate: "2020-07-30",
});

const EVENTS = "app/organizer/events/actions.ts";
const PEOPLE = "app/organizer/people/actions.ts";

export const organizerEventEntries: Matrix = {
  [`${EVENTS}#createEventAction`]: {
    scenarios: [
      {
        name: "create a draft event in the owning organization",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const slug = `authz-${uniqueSuffix()}`;
          return {
            args: [null, form({ organizationId: w.orgId, slug, ...eventFields(uniqueTitle("New event")) })],
            verify: async (o) => {
              const row = await db().event.findUniqueOrThrow({ where: { slug }, select: { id: true, organizationId: true, status: true } });
              expect(row).toMatchObject({ organizationId: w.orgId, status: "DRAFT" });
              expect(redirectUrl(o)).toBe(`/organizer/events/${row.id}`);
            },
          };
        },
      },
    ],
  },
  [`${EVENTS}#updateEventAction`]: {
    scenarios: [
      {
        name: "rename a draft event",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event } = await w.event({ status: "DRAFT" });
          const title = uniqueTitle("Renamed event");
          return {
            args: [null, form({ eventId: event.id, version: 1, slug: event.slug, ...eventFields(title) })],
            verify: async (o) => {
              expect(resultData(o)).toMatchObject({ id: event.id });
              expect(await db().event.findUniqueOrThrow({ where: { id: event.id }, select: { title: true, version: true } })).toEqual({
                title: { en: title },
                version: 2,
              });
            },
          };
        },
      },
    ],
  },
  [`${EVENTS}#changeEventStatusAction`]: {
    scenarios: [
      {
        name: "publish a draft event",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const { event } = await w.event({ status: "DRAFT" });
          return {
            args: [null, form({ eventId: event.id, version: 1, action: "publish" })],
            verify: async (o) => {
              expect(resultData(o)).toMatchObject({ status: "PUBLISHED" });
              expect((await db().event.findUniqueOrThrow({ where: { id: event.id }, select: { status: true } })).status).toBe("PUBLISHED");
            },
          };
        },
      },
    ],
  },
  [`${PEOPLE}#createPersonAction`]: {
    scenarios: [
      {
        name: "add a person to the owning organization",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const name = uniqueTitle("Yamada Taro");
          return {
            args: [null, form({ organizationId: w.orgId, name: { en: name }, country: "JP" })],
            verify: async () => {
              const rows = await db().person.findMany({
                where: { name: { path: ["en"], equals: name } },
                select: { organizationId: true },
              });
              expect(rows).toEqual([{ organizationId: w.orgId }]);
            },
          };
        },
      },
    ],
  },
  [`${PEOPLE}#updatePersonAction`]: {
    scenarios: [
      {
        name: "rename a person of the owning organization",
        access: { action: "programme.manage" },
        prepare: async (w) => {
          const person = await createPerson(db(), w.orgId);
          const name = uniqueTitle("Renamed person");
          return {
            args: [null, form({ personId: person.id, version: 1, name: { en: name }, country: "JP" })],
            verify: async () => {
              expect(await db().person.findUniqueOrThrow({ where: { id: person.id }, select: { name: true, version: true } })).toEqual({
                name: { en: name },
                version: 2,
              });
            },
          };
        },
      },
    ],
  },
};
