import { z } from "zod";
import "@/lib/validation/zod-messages";
import { localizedTextSchema } from "../i18n/localized-text.ts";
import { SECTOR_CODES } from "../agreements/sectors.ts";
import { OUTCOME_KINDS, VISIBILITIES } from "../agreements/agreement-enums.ts";
import { optionalLocalizedText } from "./localized-optional.ts";
import { code } from "@/lib/i18n/server-messages/message";

// Programmes and platforms established at the event; counted apart from agreements.
const outcomeFields = {
  eventId: z.string().trim().min(1).max(64),
  kind: z.enum(OUTCOME_KINDS, { error: code("agreement.chooseProgrammePlatformOther") }),
  title: localizedTextSchema(300),
  description: optionalLocalizedText(2000),
  sector: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.enum(SECTOR_CODES).nullable()),
  visibility: z.enum(VISIBILITIES).default("PUBLIC"),
};

export const createOutcomeSchema = z.object({
  ...outcomeFields,
  idempotencyKey: z.uuid({ error: code("common.missingFormKeyReloadForm") }),
});

export const updateOutcomeSchema = z.object({
  ...outcomeFields,
  id: z.string().trim().min(1).max(64),
  version: z.coerce.number().int().min(1),
});

export type CreateOutcomeInput = z.output<typeof createOutcomeSchema>;
export type UpdateOutcomeInput = z.output<typeof updateOutcomeSchema>;
