import "server-only";
import type { PersonFields } from "@/lib/validation/person-schema";
import { Prisma } from "@/server/db/client";

export const personSelect = {
  id: true,
  organizationId: true,
  name: true,
  honorific: true,
  title: true,
  affiliation: true,
  country: true,
  side: true,
  precedence: true,
  isVip: true,
  version: true,
} as const;

export function personData(fields: PersonFields) {
  return {
    name: fields.name,
    honorific: fields.honorific ?? Prisma.DbNull,
    title: fields.title ?? Prisma.DbNull,
    affiliation: fields.affiliation ?? Prisma.DbNull,
    country: fields.country ?? null,
    side: fields.side ?? null,
    precedence: fields.precedence ?? 1000,
    isVip: fields.isVip,
  };
}
