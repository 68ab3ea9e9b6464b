import type { LocalizedText } from "../i18n/localized-text.ts";

// The milestones every organization starts with, in the order a signed project reaches
// them (the steps Chinese investment-promotion ledgers follow). An organization adds its
// own kinds (MilestoneType rows); the rates read these built-in keys.

export type MilestoneTypeOption = { key: string; name: LocalizedText; builtIn: boolean };

export const BUILT_IN_MILESTONES: readonly MilestoneTypeOption[] = [
  { key: "contract_signed", name: { en: "Contract signed", zh: "签订正式合同", ja: "本契約締結" }, builtIn: true },
  { key: "approvals", name: { en: "Approvals and licences", zh: "审批与许可", ja: "許認可取得" }, builtIn: true },
  { key: "land_secured", name: { en: "Land secured", zh: "落实用地", ja: "用地確保" }, builtIn: true },
  { key: "construction_started", name: { en: "Construction started", zh: "开工建设", ja: "着工" }, builtIn: true },
  { key: "funds_in_place", name: { en: "Funds in place", zh: "资金到位", ja: "資金払込完了" }, builtIn: true },
  { key: "operation_started", name: { en: "Production or operation started", zh: "投产运营", ja: "生産・操業開始" }, builtIn: true },
  { key: "completed", name: { en: "Completed", zh: "项目竣工", ja: "完了" }, builtIn: true },
];

/** Keys the rates count (server/ledger/compute-follow-up-rates.ts). */
export const RATE_MILESTONES = {
  fulfilled: "completed",
  constructionStarted: "construction_started",
  fundsInPlace: "funds_in_place",
} as const;

/** Built-in kinds first, then the organization's own in their order. */
export function milestoneTypeOptions(custom: { key: string; name: LocalizedText }[]): MilestoneTypeOption[] {
  const builtIn = new Set(BUILT_IN_MILESTONES.map((m) => m.key));
  return [...BUILT_IN_MILESTONES, ...custom.filter((c) => !builtIn.has(c.key)).map((c) => ({ ...c, builtIn: false }))];
}
