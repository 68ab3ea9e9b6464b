import "server-only";
import type { CurrentUser } from "@/server/auth/current-user";
import { gateFor } from "@/server/access/authorize";
import { can, reachableOrganizationIds } from "@/server/access/policy";
import { db } from "@/server/db/client";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";
import { LEDGER_PAGE_SIZE, ledgerFilterSchema, type LedgerFilter } from "@/lib/validation/ledger-schema";
import { invalid, notFound, type ActionResult } from "@/server/shared/result";
import { dayString } from "./milestone-view.ts";
import { ledgerOrderBy, ledgerWhere, todayUtc } from "./ledger-where.ts";

export type LedgerRow = {
  id: string;
  event: { id: string; title: LocalizedText; startDate: string };
  title: LocalizedText;
  sector: string;
  status: string;
  signedAt: Date | null;
  cityA: LocalizedText | null;
  cityB: LocalizedText | null;
  parties: { side: string; name: LocalizedText }[];
  owner: { id: string; name: string } | null;
  milestones: { typeKey: string; dueOn: string | null; doneOn: string | null; overdue: boolean }[];
  funds: { currency: string; committedMinor: string; receivedMinor: string }[];
};

export type LedgerPage = {
  organizationId: string;
  filter: LedgerFilter;
  rows: LedgerRow[];
  total: number;
  pages: number;
  events: { id: string; title: LocalizedText; startDate: string }[];
  owners: { id: string; name: string }[];
};

export const LEDGER_ROW_SELECT = {
  id: true,
  title: true,
  sector: true,
  status: true,
  signedAt: true,
  cityA: true,
  cityB: true,
  event: { select: { id: true, title: true, startDate: true } },
  parties: { select: { side: true, party: { select: { name: true } } } },
  followUp: { select: { owner: { select: { id: true, name: true } } } },
  milestones: { select: { typeKey: true, dueOn: true, doneOn: true }, orderBy: { dueOn: "asc" } },
  funds: { select: { currency: true, committedMinor: true, receivedMinor: true }, orderBy: { currency: "asc" } },
} as const;

type LedgerRowData = Awaited<ReturnType<typeof readRows>>[number];
const readRows = (args: { where: object; orderBy: object[]; skip?: number; take?: number }) =>
  db().agreement.findMany({ ...args, select: LEDGER_ROW_SELECT });

export function toLedgerRow(a: LedgerRowData, today = todayUtc()): LedgerRow {
  return {
    id: a.id,
    event: { id: a.event.id, title: asLocalizedText(a.event.title), startDate: dayString(a.event.startDate) ?? "" },
    title: asLocalizedText(a.title),
    sector: a.sector,
    status: a.status,
    signedAt: a.signedAt,
    cityA: a.cityA ? asLocalizedText(a.cityA) : null,
    cityB: a.cityB ? asLocalizedText(a.cityB) : null,
    parties: a.parties.map((p) => ({ side: p.side, name: asLocalizedText(p.party.name) })),
    owner: a.followUp?.owner ?? null,
    milestones: a.milestones.map((m) => ({
      typeKey: m.typeKey,
      dueOn: dayString(m.dueOn),
      doneOn: dayString(m.doneOn),
      overdue: !m.doneOn && !!m.dueOn && m.dueOn < today,
    })),
    funds: a.funds.map((f) => ({
      currency: f.currency,
      committedMinor: f.committedMinor.toString(),
      receivedMinor: f.receivedMinor.toString(),
    })),
  };
}

/** The organization the ledger is about: the one asked for if the caller may read it, else their first. */
export async function resolveLedgerOrganization(actor: CurrentUser, organizationId: string | undefined): Promise<string | null> {
  if (organizationId) return can(actor, "internal.read", { organizationId }) ? organizationId : null;
  const ids = reachableOrganizationIds(actor);
  const readable = (ids ?? []).filter((id) => can(actor, "internal.read", { organizationId: id }));
  if (readable.length) return readable[0];
  if (ids === null) return (await db().organization.findFirst({ orderBy: { slug: "asc" }, select: { id: true } }))?.id ?? null;
  return null;
}

/**
 * One page of the organization's project ledger: every agreement of every event, filtered
 * and sorted, 50 rows a page. A fixed number of queries whatever the number of agreements
 * (one per relation level, the count, the pickers). Staff of the organization only.
 */
export async function listLedger(actor: CurrentUser | null, input: unknown): Promise<ActionResult<LedgerPage>> {
  const gate = gateFor(actor, "internal.read");
  if ("denied" in gate) return gate.denied;
  const parsed = ledgerFilterSchema.safeParse(input ?? {});
  if (!parsed.success) return invalid(parsed.error);
  const filter = parsed.data;
  const organizationId = await resolveLedgerOrganization(gate.actor, filter.organizationId);
  if (!organizationId) return notFound("Organization");
  const where = ledgerWhere(organizationId, filter);
  const [rows, total, events, owners] = await Promise.all([
    readRows({ where, orderBy: ledgerOrderBy(filter.sort), skip: (filter.page - 1) * LEDGER_PAGE_SIZE, take: LEDGER_PAGE_SIZE }),
    db().agreement.count({ where }),
    db().event.findMany({
      where: { organizationId },
      orderBy: { startDate: "desc" },
      take: 500,
      select: { id: true, title: true, startDate: true },
    }),
    db().membership.findMany({
      where: { organizationId, role: { in: ["OWNER", "ORGANIZER"] } },
      orderBy: { createdAt: "asc" },
      select: { user: { select: { id: true, name: true } } },
    }),
  ]);
  const today = todayUtc();
  return {
    ok: true,
    data: {
      organizationId,
      filter: { ...filter, organizationId },
      rows: rows.map((r) => toLedgerRow(r, today)),
      total,
      pages: Math.max(1, Math.ceil(total / LEDGER_PAGE_SIZE)),
      events: events.map((e) => ({ id: e.id, title: asLocalizedText(e.title), startDate: dayString(e.startDate) ?? "" })),
      owners: owners.map((m) => m.user),
    },
  };
}
