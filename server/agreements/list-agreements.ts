import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { db, type Prisma } from "../db/client.ts";
import { invalid, notFound, type ActionResult } from "../shared/result.ts";
import { listAgreementsSchema } from "@/lib/validation/agreement-schema.ts";
import { pickText } from "@/lib/i18n/localized-text";
import { can } from "@/server/access/policy";
import { isPublicEventStatus } from "@/server/access/public-event";
import { AGREEMENT_SELECT, toAgreementView, type AgreementView } from "./agreement-view.ts";

export type AgreementList = { items: AgreementView[]; total: number; canSeeInternal: boolean };

/** Hard cap per page of the register; an event with more than this is far beyond our cases. */
const MAX_ROWS = 2_000;

/**
 * The register of one event. Admins and members of the organization see internal rows;
 * everyone else sees only PUBLIC rows of a published event (and not_found otherwise).
 * Title search runs over every language, case-insensitively, in memory: titles are JSON
 * per language, and an event's register is small.
 */
export async function listAgreements(actor: CurrentUser | null, input: unknown): Promise<ActionResult<AgreementList>> {
  const parsed = listAgreementsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, q, sector, type, status, venueId, visibility, sort, locale } = parsed.data;
  const event = await db().event.findUnique({ where: { id: eventId }, select: { organizationId: true, status: true, languages: true } });
  if (!event) return notFound("Event");
  const internal = can(actor, "internal.read", event);
  if (!internal && !isPublicEventStatus(event.status)) return notFound("Event");

  const where: Prisma.AgreementWhereInput = {
    eventId,
    ...(sector && { sector }),
    ...(type && { type }),
    ...(status && { status }),
    ...(venueId && { venueId }),
    visibility: internal ? visibility : "PUBLIC",
  };
  const orderBy: Prisma.AgreementOrderByWithRelationInput[] =
    sort === "signedAt_asc"
      ? [{ signedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }]
      : sort === "createdAt_desc"
        ? [{ createdAt: "desc" }]
        : sort === "value_desc"
          ? [{ currency: "asc" }, { valueMinor: { sort: "desc", nulls: "last" } }]
          : [{ signedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }];
  const rows = await db().agreement.findMany({ where, orderBy, take: MAX_ROWS, select: AGREEMENT_SELECT });
  let items = rows.map(toAgreementView);

  if (q) {
    const needle = q.toLocaleLowerCase();
    items = items.filter((a) => Object.values(a.title).some((t) => t?.toLocaleLowerCase().includes(needle)));
  }
  if (sort === "title_asc") {
    const collator = new Intl.Collator(locale);
    const title = (a: AgreementView) => pickText(a.title, locale, event.languages).text;
    items.sort((a, b) => collator.compare(title(a), title(b)));
  }
  return { ok: true, data: { items, total: items.length, canSeeInternal: internal } };
}
