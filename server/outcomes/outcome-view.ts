import "server-only";
import { asLocalizedText, type LocalizedText } from "@/lib/i18n/localized-text";

export const OUTCOME_SELECT = {
  id: true,
  eventId: true,
  kind: true,
  title: true,
  description: true,
  sector: true,
  visibility: true,
  version: true,
  createdAt: true,
} as const;

export type OutcomeView = {
  id: string;
  eventId: string;
  kind: string;
  title: LocalizedText;
  description: LocalizedText | null;
  sector: string | null;
  visibility: string;
  version: number;
  createdAt: string;
};

type Row = {
  id: string;
  eventId: string;
  kind: string;
  title: unknown;
  description: unknown;
  sector: string | null;
  visibility: string;
  version: number;
  createdAt: Date;
};

export function toOutcomeView(row: Row): OutcomeView {
  return {
    id: row.id,
    eventId: row.eventId,
    kind: row.kind,
    title: asLocalizedText(row.title),
    description: row.description ? asLocalizedText(row.description) : null,
    sector: row.sector,
    visibility: row.visibility,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}
