import type { Locale } from "../i18n/locales.ts";

// The fixed sector list agreements and outcomes are counted by. Codes match the session
// tracks and demo data the seed uses ("medical-health", "high-end-equipment", "talent") so a signing can be tied to
// its industry seminar. Labels live here (not in message files) because the tally, the CSV
// export and the report all need them outside React.
export const SECTORS = {
  "medical-health": { en: "Medical & health care", zh: "医疗康养", ja: "医療・ヘルスケア" },
  "high-end-equipment": { en: "High-end equipment manufacturing", zh: "高端装备制造", ja: "ハイエンド装置製造" },
  chemicals: { en: "Chemicals & advanced materials", zh: "化工与新材料", ja: "化学・先端素材" },
  "new-energy": { en: "New energy & environment", zh: "新能源与环保", ja: "新エネルギー・環境" },
  "digital-economy": { en: "Digital economy & ICT", zh: "数字经济与信息技术", ja: "デジタル経済・ICT" },
  "agriculture-food": { en: "Agriculture & food", zh: "现代农业与食品", ja: "農業・食品" },
  logistics: { en: "Logistics & trade", zh: "物流与贸易", ja: "物流・貿易" },
  finance: { en: "Finance & investment", zh: "金融与投资", ja: "金融・投資" },
  "culture-tourism": { en: "Culture & tourism", zh: "文化旅游", ja: "文化・観光" },
  talent: { en: "Talent & education", zh: "人才与教育", ja: "人材・教育" },
  technology: { en: "Science & technology", zh: "科技创新", ja: "科学技術" },
  "urban-development": { en: "City cooperation & urban development", zh: "城市合作与建设", ja: "都市協力・都市開発" },
  other: { en: "Other", zh: "其他", ja: "その他" },
} as const satisfies Record<string, Record<Locale, string>>;

export type SectorCode = keyof typeof SECTORS;
export const SECTOR_CODES = Object.keys(SECTORS) as [SectorCode, ...SectorCode[]];

export function isSectorCode(value: unknown): value is SectorCode {
  return typeof value === "string" && Object.hasOwn(SECTORS, value);
}

/** The sector's label; an unknown code (old data) is shown as-is rather than hidden. */
export function sectorLabel(code: string, locale: Locale): string {
  return isSectorCode(code) ? SECTORS[code][locale] : code;
}
