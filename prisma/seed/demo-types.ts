import type { Locale } from "../../lib/i18n/locales.ts";
import type { Prisma } from "../../server/db/generated/client.ts";

/** Demo content is complete in every shipped language, so its type says so. */
export type Text3 = Record<Locale, string>;

/** The seed and the factories take either the client or an interactive transaction. */
export type SeedDb = Prisma.TransactionClient;

/** The day of the reference event, and the zones of its venues. */
export const DEMO_DAY = "2020-07-30";
export const ZONE_JINAN = "Asia/Shanghai";
export const ZONE_JAPAN = "Asia/Tokyo";
