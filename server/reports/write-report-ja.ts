import "server-only";
import { sectorLabel } from "@/lib/agreements/sectors";
import type { ReportFacts } from "./report-data.ts";
import { formatReportDate, moneyList, textIn } from "./report-format.ts";

// 日本語のプレスリリース：「済南・東京・大阪の3会場とオンラインで同時開催……17件のプロジェクトで合意」。
export function writeReportJa(facts: ReportFacts): { headline: string; paragraphs: string[] } {
  const t = (v: Parameters<typeof textIn>[0]) => textIn(v, "ja", facts);
  const title = t(facts.eventTitle);
  const cities = facts.cities.map(t);
  const where =
    cities.length === 0
      ? facts.hasOnline
        ? "オンラインで開催されました"
        : "開催されました"
      : cities.length === 1
        ? `${cities[0]}${facts.hasOnline ? "の会場とオンラインで" : "で"}開催されました`
        : `${cities.join("・")}の${cities.length}会場${facts.hasOnline ? "とオンライン" : ""}で同時開催されました`;
  const n = facts.tally.totals.agreements;
  const sectors = facts.tally.bySector.slice(0, 3).map((r) => sectorLabel(r.key, "ja"));
  const paragraphs = [
    `${formatReportDate(facts, "ja")}、${t(facts.organizer)}主催の「${title}」が、${where}。`,
    n === 0
      ? "現時点で登録された調印案件はありません。"
      : `会議では${n}件のプロジェクトについて合意に達しました${sectors.length ? `。分野は${sectors.join("、")}などに及びます` : ""}。`,
  ];
  if (facts.outcomes.length) {
    paragraphs.push(`また、${facts.outcomes.map((o) => t(o.title)).join("および")}が設立されました。`);
  }
  if (facts.attendance.length) {
    const people = facts.attendance.reduce((n, a) => n + a.checkedIn, 0);
    paragraphs.push(
      `会場でのチェックインは計${people}人（${facts.attendance.map((a) => `${t(a.city)}${a.checkedIn}人`).join("、")}）でした。`,
    );
  }
  if (facts.online) paragraphs.push(`オンラインでの視聴は${facts.online.watched}人でした。`);
  const money = moneyList(facts, "ja");
  if (money.length) paragraphs.push(`申告額は通貨ごとに集計しています：${money.join("、")}（異なる通貨は合算していません）。`);
  return { headline: `${title}　${n}件のプロジェクトで合意`, paragraphs };
}
