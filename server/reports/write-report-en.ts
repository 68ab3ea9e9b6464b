import "server-only";
import { sectorLabel } from "@/lib/agreements/sectors";
import type { ReportFacts } from "./report-data.ts";
import { formatReportDate, moneyList, textIn } from "./report-format.ts";

// English press-release prose. "Agreement was reached on 17 projects" is the sentence the
// event ends on; everything else (cities, sectors, outcomes) is read from the data.
const list = (items: string[]) => new Intl.ListFormat("en-GB", { type: "conjunction" }).format(items);
const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

export function writeReportEn(facts: ReportFacts): { headline: string; paragraphs: string[] } {
  const t = (v: Parameters<typeof textIn>[0]) => textIn(v, "en", facts);
  const title = t(facts.eventTitle);
  const cities = facts.cities.map(t);
  const where =
    cities.length === 0
      ? facts.hasOnline
        ? "online"
        : ""
      : `simultaneously at ${cities.length === 1 ? "a venue" : `${NUMBER_WORDS[cities.length] ?? cities.length} venues`} in ${list(cities)}${facts.hasOnline ? " and online" : ""}`;
  const n = facts.tally.totals.agreements;
  const sectors = facts.tally.bySector.slice(0, 3).map((r) => sectorLabel(r.key, "en").toLowerCase());
  const paragraphs = [
    `${t(facts.organizer)} held “${title}” on ${formatReportDate(facts, "en")}${where ? `, ${where}` : ""}.`,
    n === 0
      ? "No signed agreements have been recorded yet."
      : `Agreement was reached on ${n} ${n === 1 ? "project" : "projects"}${sectors.length ? `, in fields including ${list(sectors)}` : ""}.`,
  ];
  if (facts.outcomes.length) {
    const titles = facts.outcomes.map((o) => `the ${t(o.title)}`);
    paragraphs.push(`In addition, ${list(titles)} ${titles.length === 1 ? "was" : "were"} established.`);
  }
  if (facts.attendance.length) {
    const people = facts.attendance.reduce((n, a) => n + a.checkedIn, 0);
    const perCity = facts.attendance.map((a) => `${a.checkedIn} in ${t(a.city)}`);
    paragraphs.push(`${people} ${people === 1 ? "person was" : "people were"} checked in at the venues: ${list(perCity)}.`);
  }
  if (facts.online) {
    const n = facts.online.watched;
    paragraphs.push(`${n} registered ${n === 1 ? "delegate" : "delegates"} watched online.`);
  }
  const money = moneyList(facts, "en");
  if (money.length)
    paragraphs.push(
      `Declared values total ${list(money)}; amounts in different currencies are reported separately and not added together.`,
    );
  return { headline: `${title}: agreement reached on ${n} ${n === 1 ? "project" : "projects"}`, paragraphs };
}
