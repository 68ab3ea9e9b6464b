import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { db, type Prisma } from "../db/client.ts";
import { invalid, notFound, type ActionResult } from "../shared/result.ts";
import { listAgreementsSchema } from "@/lib/validation/agreement-schema.ts";
import { asLocalizedText, pickText } from "@/lib/i18n/localized-text";
import { can } from "@/server/access/policy";
import { isPublicEventStatus } from "@/server/access/public-event";
import { AGREEMENT_SELECT, toAgreementView, type AgreementView } from "./agreement-view.ts";

export type AgreementList = { items: AgreementView[]; total: number; page: number; pages: number; canSeeInternal: boolean };

/** Rows per page: rendering thousands of rows made the page take seconds (issue 17). */
export const AGREEMENTS_PAGE_SIZE = 50;

/**
 * One page of the register of one event. Admins and members of the organization see
 * internal rows; everyone else sees only PUBLIC rows of a published event (and not_found
 * otherwise). Title search runs over every language, case-insensitively, and the title sort
 * uses the locale's collation, both in memory over ids and titles only (titles are JSON per
 * language); then only the page's rows are read in full. A page past the end shows the last.
 */
export async function listAgreements(actor: CurrentUser | null, input: unknown): Promise<ActionResult<AgreementList>> {
  const parsed = listAgreementsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, q, sector, type, status, venueId, visibility, sort, locale, page } = parsed.data;
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
  const pageOf = (total: number) => {
    const pages = Math.max(1, Math.ceil(total / AGREEMENTS_PAGE_SIZE));
    return { total, pages, page: Math.min(page, pages) };
  };
  if (!q && sort !== "title_asc") {
    const at = pageOf(await db().agreement.count({ where }));
    const rows = await db().agreement.findMany({
      where,
      orderBy: [...orderBy, { id: "asc" }],
      skip: (at.page - 1) * AGREEMENTS_PAGE_SIZE,
      take: AGREEMENTS_PAGE_SIZE,
      select: AGREEMENT_SELECT,
    });
    return { ok: true, data: { items: rows.map(toAgreementView), ...at, canSeeInternal: internal } };
  }

  let titles = await db().agreement.findMany({ where, orderBy: [...orderBy, { id: "asc" }], select: { id: true, title: true } });
  if (q) {
    const needle = q.toLocaleLowerCase();
    titles = titles.filter((a) => Object.values(asLocalizedText(a.title)).some((t) => t?.toLocaleLowerCase().includes(needle)));
  }
  if (sort === "title_asc") {
    const collator = new Intl.Collator(locale);
    const title = (a: (typeof titles)[number]) => pickText(a.title, locale, event.languages).text;
    titles.sort((a, b) => collator.compare(title(a), title(b)));
  }
  const at = pageOf(titles.length);
  const ids = titles.slice((at.page - 1) * AGREEMENTS_PAGE_SIZE, at.page * AGREEMENTS_PAGE_SIZE).map((a) => a.id);
  const rows = await db().agreement.findMany({ where: { id: { in: ids } }, select: AGREEMENT_SELECT });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => (byId.has(id) ? [toAgreementView(byId.get(id)!)] : []));
  return { ok: true, data: { items, ...at, canSeeInternal: internal } };
}
