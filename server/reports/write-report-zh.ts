import "server-only";
import { sectorLabel } from "@/lib/agreements/sectors";
import type { ReportFacts } from "./report-data.ts";
import { formatReportDate, moneyList, textIn } from "./report-format.ts";

// 中文新闻通稿：“……在济南、东京、大阪三地同步举行……共达成合作项目17个”。
const COUNT = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];

export function writeReportZh(facts: ReportFacts): { headline: string; paragraphs: string[] } {
  const t = (v: Parameters<typeof textIn>[0]) => textIn(v, "zh", facts);
  const title = t(facts.eventTitle);
  const cities = facts.cities.map(t);
  const where =
    cities.length === 0
      ? facts.hasOnline
        ? "在线上举行"
        : "举行"
      : cities.length === 1
        ? `在${cities[0]}举行${facts.hasOnline ? "，并同步线上直播" : ""}`
        : `在${cities.join("、")}${COUNT[cities.length] ?? cities.length}地会场同步举行${facts.hasOnline ? "，嘉宾“云端”相聚" : ""}`;
  const n = facts.tally.totals.agreements;
  const sectors = facts.tally.bySector.slice(0, 3).map((r) => sectorLabel(r.key, "zh"));
  const paragraphs = [
    `${formatReportDate(facts, "zh")}，由${t(facts.organizer)}主办的“${title}”${where}。`,
    n === 0 ? "目前尚未登记签约项目。" : `会上共达成合作项目${n}个${sectors.length ? `，涉及${sectors.join("、")}等领域` : ""}。`,
  ];
  if (facts.outcomes.length) {
    paragraphs.push(`同时，${facts.outcomes.map((o) => t(o.title)).join("和")}正式成立。`);
  }
  if (facts.attendance.length) {
    const people = facts.attendance.reduce((n, a) => n + a.checkedIn, 0);
    paragraphs.push(`现场签到出席${people}人，其中${facts.attendance.map((a) => `${t(a.city)}${a.checkedIn}人`).join("、")}。`);
  }
  if (facts.online) paragraphs.push(`线上观看${facts.online.watched}人。`);
  const money = moneyList(facts, "zh");
  if (money.length) paragraphs.push(`签约项目申报金额按币种分别统计：${money.join("；")}（不同币种不作合计）。`);
  return { headline: `${title}圆满举行 共达成合作项目${n}个`, paragraphs };
}
