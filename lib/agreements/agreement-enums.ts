import type { Locale } from "../i18n/locales.ts";

// Mirrors of the Prisma enums, usable in client components without importing the client.
export const AGREEMENT_TYPES = [
  "MOU",
  "CONTRACT",
  "LETTER_OF_INTENT",
  "INVESTMENT",
  "TECHNOLOGY_TRANSFER",
  "TALENT_EXCHANGE",
  "OTHER",
] as const;
export type AgreementTypeCode = (typeof AGREEMENT_TYPES)[number];

export const AGREEMENT_STATUSES = ["INTENDED", "SIGNED", "IN_PROGRESS", "COMPLETED", "CANCELLED"] as const;
export type AgreementStatusCode = (typeof AGREEMENT_STATUSES)[number];

export const VISIBILITIES = ["PUBLIC", "INTERNAL"] as const;
export type VisibilityCode = (typeof VISIBILITIES)[number];

export const OUTCOME_KINDS = ["PROGRAMME", "PLATFORM", "OTHER"] as const;
export type OutcomeKindCode = (typeof OUTCOME_KINDS)[number];

// Forward one step at a time; any live agreement may be cancelled; a cancelled one stays
// in the register (and out of the tally) and cannot be revived, so the record stays honest.
const NEXT: Record<AgreementStatusCode, AgreementStatusCode[]> = {
  INTENDED: ["SIGNED", "CANCELLED"],
  SIGNED: ["IN_PROGRESS", "CANCELLED"],
  IN_PROGRESS: ["COMPLETED", "CANCELLED"],
  COMPLETED: ["CANCELLED"],
  CANCELLED: [],
};

export function allowedNextStatuses(from: AgreementStatusCode): AgreementStatusCode[] {
  return NEXT[from];
}

export function canChangeStatus(from: AgreementStatusCode, to: AgreementStatusCode): boolean {
  return NEXT[from].includes(to);
}

export const AGREEMENT_TYPE_LABELS: Record<AgreementTypeCode, Record<Locale, string>> = {
  MOU: { en: "Memorandum of understanding", zh: "合作备忘录", ja: "覚書（MOU）" },
  CONTRACT: { en: "Contract", zh: "合同", ja: "契約" },
  LETTER_OF_INTENT: { en: "Letter of intent", zh: "意向书", ja: "意向書" },
  INVESTMENT: { en: "Investment", zh: "投资项目", ja: "投資" },
  TECHNOLOGY_TRANSFER: { en: "Technology transfer", zh: "技术转移", ja: "技術移転" },
  TALENT_EXCHANGE: { en: "Talent exchange", zh: "人才交流", ja: "人材交流" },
  OTHER: { en: "Other", zh: "其他", ja: "その他" },
};
