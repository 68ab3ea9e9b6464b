import { z } from "zod";
import "@/lib/validation/zod-messages";
import { localizedTextSchema } from "../i18n/localized-text.ts";
import { SECTOR_CODES } from "../agreements/sectors.ts";
import { AGREEMENT_STATUSES, AGREEMENT_TYPES, VISIBILITIES } from "../agreements/agreement-enums.ts";
import { isKnownCurrency, parseAmountToMinor } from "../agreements/money.ts";
import { optionalId, optionalLocalizedText } from "./localized-optional.ts";
import { code } from "@/lib/i18n/server-messages/message";

// One schema for the agreement form, the CSV importer and the server functions.
// The declared value arrives as a decimal string and leaves as BigInt minor units.

export const MAX_PARTIES_PER_SIDE = 20;

const partyRefSchema = z.union([
  z.object({ partyId: z.string().trim().min(1).max(64) }).strict(),
  z
    .object({
      name: localizedTextSchema(200),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/, { error: code("field.useTwoLetterCountryCode") })
        .optional(),
    })
    .strict(),
]);
export type PartyRef = z.infer<typeof partyRefSchema>;

const sideSchema = z
  .array(partyRefSchema)
  .max(MAX_PARTIES_PER_SIDE, { error: code("agreement.atMostPartiesPerSide") })
  .default([]);

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

const agreementFields = {
  eventId: z.string().trim().min(1).max(64),
  title: localizedTextSchema(300),
  sector: z.enum(SECTOR_CODES, { error: code("agreement.chooseSectorFromList") }),
  type: z.enum(AGREEMENT_TYPES, { error: code("agreement.chooseAgreementType") }),
  value: z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().max(40).nullable()),
  currency: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? null : v.trim().toUpperCase()) : (v ?? null)),
    z.string().nullable(),
  ),
  cityA: optionalLocalizedText(100),
  cityB: optionalLocalizedText(100),
  sessionId: optionalId,
  venueId: optionalId,
  /** Wall-clock time at the signing venue ("2020-07-30T11:30"); converted to UTC on the server. */
  signedAtLocal: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z
      .string()
      .regex(LOCAL_DATE_TIME, { error: code("agreement.useDateTimeLike2020") })
      .nullable(),
  ),
  status: z.enum(AGREEMENT_STATUSES).default("SIGNED"),
  visibility: z.enum(VISIBILITIES).default("PUBLIC"),
  partiesA: sideSchema,
  partiesB: sideSchema,
};

type WithMoney = { value: string | null; currency: string | null };

// Shared money rule: value needs a known currency and must parse in its minor units.
function withValueMinor<T extends WithMoney>(data: T, ctx: z.RefinementCtx): T & { valueMinor: bigint | null } {
  if (data.currency !== null && !isKnownCurrency(data.currency)) {
    ctx.addIssue({ code: "custom", path: ["currency"], message: code("agreement.unknownCurrencyCodeUseIso") });
    return { ...data, valueMinor: null };
  }
  if (data.value === null) return { ...data, currency: data.currency, valueMinor: null };
  if (data.currency === null) {
    ctx.addIssue({ code: "custom", path: ["currency"], message: code("agreement.chooseCurrencyDeclaredValue") });
    return { ...data, valueMinor: null };
  }
  const parsed = parseAmountToMinor(data.value, data.currency);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", path: ["value"], message: parsed.reason });
    return { ...data, valueMinor: null };
  }
  return { ...data, valueMinor: parsed.minor };
}

export const createAgreementSchema = z
  .object({ ...agreementFields, idempotencyKey: z.uuid({ error: code("common.missingFormKeyReloadForm") }) })
  .transform(withValueMinor);

export const updateAgreementSchema = z
  .object({ ...agreementFields, id: z.string().trim().min(1).max(64), version: z.coerce.number().int().min(1) })
  .omit({ status: true })
  .transform(withValueMinor);

export const changeAgreementStatusSchema = z.object({
  id: z.string().trim().min(1).max(64),
  version: z.coerce.number().int().min(1),
  status: z.enum(AGREEMENT_STATUSES, { error: code("agreement.chooseStatus") }),
});

export const AGREEMENT_SORTS = ["signedAt_desc", "signedAt_asc", "createdAt_desc", "title_asc", "value_desc"] as const;

export const listAgreementsSchema = z.object({
  eventId: z.string().trim().min(1).max(64),
  q: z.string().trim().max(200).optional(),
  sector: z.enum(SECTOR_CODES).optional(),
  type: z.enum(AGREEMENT_TYPES).optional(),
  status: z.enum(AGREEMENT_STATUSES).optional(),
  venueId: z.string().trim().max(64).optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  sort: z.enum(AGREEMENT_SORTS).default("signedAt_desc"),
  locale: z.enum(["en", "zh", "ja"]).default("en"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type CreateAgreementInput = z.output<typeof createAgreementSchema>;
export type UpdateAgreementInput = z.output<typeof updateAgreementSchema>;
export type AgreementFieldsInput = Omit<CreateAgreementInput, "idempotencyKey" | "eventId">;
export type ListAgreementsInput = z.output<typeof listAgreementsSchema>;
