import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import type { LocalizedText } from "@/lib/i18n/localized-text";
import type { Tally } from "../tally/compute-tally.ts";

// The facts a closing report is written from, gathered once and rendered per language.
export type ReportFacts = {
  eventTitle: LocalizedText;
  organizer: LocalizedText;
  startDate: string; // YYYY-MM-DD (calendar date, no zone)
  endDate: string;
  cities: LocalizedText[]; // physical venues' cities in venue order, each once
  hasOnline: boolean;
  tally: Tally;
  venues: { id: string; label: LocalizedText }[];
  outcomes: { kind: string; title: LocalizedText }[];
  /** People checked in per city of the physical venues (issue 20), venue order; empty when nobody was checked in. */
  attendance: { city: LocalizedText; checkedIn: number; registered: number }[];
  /** Registrants who opened a stream through Accord's link, and those registered online; null when nobody watched. */
  online: { watched: number; registered: number } | null;
  languages: Locale[];
};

export type ReportTable = { title: string; headers: string[]; rows: string[][] };

export type LocalizedReport = {
  lang: Locale;
  headline: string;
  paragraphs: string[];
  tables: ReportTable[];
  markdown: string;
};
