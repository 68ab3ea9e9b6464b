import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { pickText, type LocalizedText } from "@/lib/i18n/localized-text";
import { sectorLabel } from "@/lib/agreements/sectors";
import { AGREEMENT_TYPE_LABELS, type AgreementTypeCode } from "@/lib/agreements/agreement-enums";
import { formatMoney } from "@/lib/agreements/money";
import type { ReportFacts, ReportTable } from "./report-data.ts";

// Shared pieces for the per-language report writers: text in one language, dates, and the
// tally tables (headers localized; values per currency, never added together).

export const textIn = (value: LocalizedText, lang: Locale, facts: ReportFacts) => pickText(value, lang, facts.languages).text;

const INTL: Record<Locale, string> = { en: "en-GB", zh: "zh-CN", ja: "ja-JP" };

export function formatReportDate(facts: ReportFacts, lang: Locale): string {
  const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const format = new Intl.DateTimeFormat(INTL[lang], { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  return facts.startDate === facts.endDate
    ? format.format(toDate(facts.startDate))
    : format.formatRange(toDate(facts.startDate), toDate(facts.endDate));
}

export const moneyList = (facts: ReportFacts, lang: Locale) =>
  facts.tally.valueTotals.map((v) => formatMoney(v.totalMinor, v.currency, INTL[lang]));

type Headers = {
  sector: string;
  type: string;
  venue: string;
  sectorCol: string;
  typeCol: string;
  venueCol: string;
  session: string;
  sessionCol: string;
  currency: string;
  count: string;
  total: string;
  outcome: string;
  kind: string;
  name: string;
  values: string;
  attendance: string;
  city: string;
  checkedIn: string;
  registered: string;
  online: string;
};
const HEADERS: Record<Locale, Headers> = {
  en: {
    sector: "By sector",
    type: "By type",
    venue: "By venue",
    sectorCol: "Sector",
    typeCol: "Type",
    venueCol: "Venue",
    session: "By session (seminar)",
    sessionCol: "Session",
    currency: "Currency",
    count: "Agreements",
    total: "Declared value",
    outcome: "Programmes and platforms",
    kind: "Kind",
    name: "Name",
    values: "Declared values (per currency)",
    attendance: "Attendance (in person: checked in at the venue; online: opened the stream through Accord)",
    city: "City",
    checkedIn: "Attended",
    registered: "Registered",
    online: "Online",
  },
  zh: {
    sector: "按领域",
    type: "按类型",
    venue: "按会场",
    sectorCol: "领域",
    typeCol: "类型",
    venueCol: "会场",
    session: "按会议场次（研讨会）",
    sessionCol: "场次",
    currency: "币种",
    count: "项目数",
    total: "申报金额",
    outcome: "成立的机制与平台",
    kind: "类别",
    name: "名称",
    values: "申报金额（按币种分列）",
    attendance: "出席情况（现场：会场签到；线上：通过 Accord 链接观看直播）",
    city: "城市",
    checkedIn: "出席人数",
    registered: "报名人数",
    online: "线上",
  },
  ja: {
    sector: "分野別",
    type: "種類別",
    venue: "会場別",
    sectorCol: "分野",
    typeCol: "種類",
    venueCol: "会場",
    session: "セッション（セミナー）別",
    sessionCol: "セッション",
    currency: "通貨",
    count: "件数",
    total: "申告額",
    outcome: "設立されたプログラム・プラットフォーム",
    kind: "種別",
    name: "名称",
    values: "申告額（通貨別）",
    attendance: "出席状況（会場：チェックイン、オンライン：Accord のリンクから配信を視聴）",
    city: "都市",
    checkedIn: "出席",
    registered: "登録",
    online: "オンライン",
  },
};
const KIND: Record<string, Record<Locale, string>> = {
  PROGRAMME: { en: "Programme", zh: "计划", ja: "プログラム" },
  PLATFORM: { en: "Platform", zh: "平台", ja: "プラットフォーム" },
  OTHER: { en: "Other", zh: "其他", ja: "その他" },
};

export function buildTables(facts: ReportFacts, lang: Locale): ReportTable[] {
  const h = HEADERS[lang];
  const t = facts.tally;
  const tables: ReportTable[] = [
    { title: h.sector, headers: [h.sectorCol, h.count], rows: t.bySector.map((r) => [sectorLabel(r.key, lang), String(r.count)]) },
    {
      title: h.type,
      headers: [h.typeCol, h.count],
      rows: t.byType.map((r) => [AGREEMENT_TYPE_LABELS[r.key as AgreementTypeCode]?.[lang] ?? r.key, String(r.count)]),
    },
    { title: h.venue, headers: [h.venueCol, h.count], rows: t.byVenue.map((r) => [textIn(r.label, lang, facts), String(r.count)]) },
  ];
  if (t.bySession.length) {
    tables.push({
      title: h.session,
      headers: [h.sessionCol, h.count],
      rows: t.bySession.map((r) => [textIn(r.label, lang, facts), String(r.count)]),
    });
  }
  if (t.valueTotals.length) {
    tables.push({
      title: h.values,
      headers: [h.currency, h.total, h.count],
      rows: t.valueTotals.map((v) => [v.currency, formatMoney(v.totalMinor, v.currency, INTL[lang]), String(v.count)]),
    });
  }
  if (facts.attendance.length || facts.online) {
    const online = facts.online ? [[h.online, String(facts.online.watched), String(facts.online.registered)]] : [];
    tables.push({
      title: h.attendance,
      headers: [h.city, h.checkedIn, h.registered],
      rows: [...facts.attendance.map((a) => [textIn(a.city, lang, facts), String(a.checkedIn), String(a.registered)]), ...online],
    });
  }
  if (facts.outcomes.length) {
    tables.push({
      title: h.outcome,
      headers: [h.kind, h.name],
      rows: facts.outcomes.map((o) => [KIND[o.kind]?.[lang] ?? o.kind, textIn(o.title, lang, facts)]),
    });
  }
  return tables;
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function toMarkdown(headline: string, paragraphs: string[], tables: ReportTable[]): string {
  const parts = [`# ${headline}`, ...paragraphs];
  for (const table of tables) {
    parts.push(
      [
        `### ${table.title}`,
        "",
        `| ${table.headers.map(cell).join(" | ")} |`,
        `| ${table.headers.map(() => "---").join(" | ")} |`,
        ...table.rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
      ].join("\n"),
    );
  }
  return `${parts.join("\n\n")}\n`;
}
