import { z } from "zod";
import "@/lib/validation/zod-messages";
import { code } from "../i18n/server-messages/message.ts";
import { isKnownCurrency, parseAmountToMinor } from "../agreements/money.ts";
import { optionalId } from "./localized-optional.ts";
import { localizedTextSchema } from "../i18n/localized-text.ts";

// The follow-up of a signed agreement (issue 19): milestones, funds per currency, the
// follow-up owner, and the milestone a party contact reports through an update link.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const id = z.string().trim().min(1).max(64);
const blankToNull = (v: unknown) => (v === "" || v === undefined ? null : v);

const optionalDate = z.preprocess(
  blankToNull,
  z
    .string()
    .regex(DATE, { error: code("ledger.useDateLike") })
    .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), { error: code("ledger.useDateLike") })
    .nullable(),
);
const evidenceUrl = z.preprocess(
  blankToNull,
  z
    .string()
    .trim()
    .max(2000)
    .refine((u) => /^https?:\/\/[^\s]+$/i.test(u), { error: code("ledger.useWebAddress") })
    .nullable(),
);
const note = z.preprocess(blankToNull, z.string().trim().max(2000).nullable());
const typeKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,40}$/, { error: code("ledger.chooseMilestoneFromList") });

/** A new milestone has no id (version 0); editing one sends its id and version. */
export const saveMilestoneSchema = z
  .object({
    agreementId: id,
    id: optionalId,
    version: z.coerce.number().int().min(0).default(0),
    typeKey,
    dueOn: optionalDate,
    doneOn: optionalDate,
    note,
    evidenceUrl,
  })
  .refine((m) => m.dueOn !== null || m.doneOn !== null, { path: ["dueOn"], error: code("ledger.giveDueOrDoneDate") });

export type SaveMilestoneInput = z.output<typeof saveMilestoneSchema>;

const amount = z.preprocess((v) => (v === "" || v === undefined || v === null ? "0" : v), z.string().max(40));

/** Funds of one currency: committed and received, decimal strings → minor units. */
export const saveFundsSchema = z
  .object({
    agreementId: id,
    version: z.coerce.number().int().min(0).default(0),
    currency: z.preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), z.string()),
    committed: amount,
    received: amount,
  })
  .transform((data, ctx) => {
    if (!isKnownCurrency(data.currency)) {
      ctx.addIssue({ code: "custom", path: ["currency"], message: code("agreement.unknownCurrencyCodeUseIso") });
      return z.NEVER;
    }
    const committed = parseAmountToMinor(data.committed, data.currency);
    const received = parseAmountToMinor(data.received, data.currency);
    if (!committed.ok) ctx.addIssue({ code: "custom", path: ["committed"], message: committed.reason });
    if (!received.ok) ctx.addIssue({ code: "custom", path: ["received"], message: received.reason });
    if (!committed.ok || !received.ok) return z.NEVER;
    return {
      agreementId: data.agreementId,
      version: data.version,
      currency: data.currency,
      committedMinor: committed.minor,
      receivedMinor: received.minor,
    };
  });

export type SaveFundsInput = z.output<typeof saveFundsSchema>;

export const setFollowUpOwnerSchema = z.object({
  agreementId: id,
  version: z.coerce.number().int().min(0).default(0),
  ownerId: optionalId,
});

/** A party contact's report through an update link (no account). */
export const partyUpdateSchema = z.object({
  token: z.string().trim().min(20).max(100),
  submissionKey: z.uuid({ error: code("common.missingFormKeyReloadForm") }),
  typeKey,
  doneOn: z.string().regex(DATE, { error: code("ledger.useDateLike") }),
  note,
  evidenceUrl,
});

export const createUpdateLinkSchema = z.object({
  agreementId: id,
  contactName: z.string().trim().min(1).max(200),
  locale: z.enum(["en", "zh", "ja"]).default("en"),
  days: z.coerce.number().int().min(1).max(365).default(30),
});

export const decidePartyUpdateSchema = z.object({
  id,
  version: z.coerce.number().int().min(1),
  decision: z.enum(["CONFIRMED", "REJECTED"]),
});

/** An organization's own milestone kind; its key is made from the English name when not given. */
export const addMilestoneTypeSchema = z.object({
  organizationId: id,
  name: localizedTextSchema(100),
});
