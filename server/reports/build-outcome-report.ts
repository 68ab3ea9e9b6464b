import "server-only";
import type { CurrentUser } from "../auth/current-user.ts";
import { db } from "../db/client.ts";
import { notFound, type ActionResult } from "../shared/result.ts";
import { asLocalizedText } from "@/lib/i18n/localized-text";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { can } from "@/server/access/policy";
import { computeTally } from "../tally/compute-tally.ts";
import { attendanceByCity } from "./attendance-by-city.ts";
import { onlineAttendance } from "./online-attendance.ts";
import type { LocalizedReport, ReportFacts } from "./report-data.ts";
import { buildTables, toMarkdown } from "./report-format.ts";
import { writeReportEn } from "./write-report-en.ts";
import { writeReportZh } from "./write-report-zh.ts";
import { writeReportJa } from "./write-report-ja.ts";

export type OutcomeReport = { eventId: string; facts: ReportFacts; reports: LocalizedReport[] };

const WRITERS = { en: writeReportEn, zh: writeReportZh, ja: writeReportJa } as const;

/**
 * The closing press release of an event, in each of its languages, written from the data.
 * It counts what the public tally counts (PUBLIC, non-cancelled), so a press release never
 * discloses an internal agreement. Organization members and admins only: it is a draft
 * the organizer copies out.
 */
export async function buildOutcomeReport(actor: CurrentUser | null, input: unknown): Promise<ActionResult<OutcomeReport>> {
  const eventId = typeof (input as { eventId?: unknown })?.eventId === "string" ? (input as { eventId: string }).eventId.slice(0, 64) : "";
  const event = eventId
    ? await db().event.findUnique({
        where: { id: eventId },
        select: {
          id: true,
          title: true,
          languages: true,
          startDate: true,
          endDate: true,
          organizationId: true,
          organization: { select: { name: true } },
          venues: { orderBy: { position: "asc" }, select: { id: true, kind: true, name: true, city: true } },
          outcomes: { where: { visibility: "PUBLIC" }, orderBy: { createdAt: "asc" }, select: { kind: true, title: true } },
        },
      })
    : null;
  if (!event || !can(actor, "internal.read", event)) return notFound("Event");

  const languages = event.languages.filter(isLocale) as Locale[];
  const seen = new Set<string>();
  const cities = event.venues
    .filter((v) => v.kind === "PHYSICAL" && v.city)
    .map((v) => asLocalizedText(v.city))
    .filter((c) => {
      const key = (c.en ?? c.zh ?? c.ja ?? "").toLowerCase();
      return key && !seen.has(key) && seen.add(key);
    });
  const facts: ReportFacts = {
    eventTitle: asLocalizedText(event.title),
    organizer: asLocalizedText(event.organization.name),
    startDate: event.startDate.toISOString().slice(0, 10),
    endDate: event.endDate.toISOString().slice(0, 10),
    cities,
    hasOnline: event.venues.some((v) => v.kind === "ONLINE"),
    tally: await computeTally(event.id),
    venues: event.venues.map((v) => ({ id: v.id, label: asLocalizedText(v.city ?? v.name) })),
    outcomes: event.outcomes.map((o) => ({ kind: o.kind, title: asLocalizedText(o.title) })),
    attendance: await attendanceByCity(event.id, event.venues),
    online: await onlineAttendance(event.id),
    languages: languages.length ? languages : ["en"],
  };
  const reports = facts.languages.map((lang): LocalizedReport => {
    const { headline, paragraphs } = WRITERS[lang](facts);
    const tables = buildTables(facts, lang);
    return { lang, headline, paragraphs, tables, markdown: toMarkdown(headline, paragraphs, tables) };
  });
  return { ok: true, data: { eventId: event.id, facts, reports } };
}
