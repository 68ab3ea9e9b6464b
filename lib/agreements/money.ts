import { code } from "@/lib/i18n/server-messages/message";
// Declared values: a decimal string typed by a person becomes an exact integer of the
// currency's minor units (BigInt), so no float ever touches money. Totals are kept per
// currency; adding yen to yuan is meaningless and Accord never does it.

/** Values above this many major units are refused as typos (10^15 ≈ a quadrillion). */
export const MAX_MAJOR_UNITS = 10n ** 15n;

let supported: Set<string> | undefined;

/** True for an ISO 4217 code the runtime knows ("CNY", "JPY"); false for "XYZ", "cny". */
export function isKnownCurrency(code: unknown): code is string {
  if (typeof code !== "string" || !/^[A-Z]{3}$/.test(code)) return false;
  supported ??= new Set(Intl.supportedValuesOf("currency"));
  return supported.has(code);
}

/** Decimal places of the currency's minor unit: JPY 0, CNY 2, KWD 3. */
export function currencyMinorDigits(code: string): number {
  return new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
}

export type ParsedAmount = { ok: true; minor: bigint } | { ok: false; reason: string };

/**
 * "1,250,000.50" in CNY → 125000050n. Accepts digits with optional thousands commas and
 * at most the currency's decimal places; refuses signs, exponents and absurd sizes.
 */
export function parseAmountToMinor(text: string, currency: string): ParsedAmount {
  const trimmed = text.trim().replace(/[\s_]/g, "");
  if (trimmed.startsWith("-")) return { ok: false, reason: code("agreement.valueCannotNegative") };
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(trimmed);
  if (!match) return { ok: false, reason: code("agreement.enterValueAsNumberE") };
  const digits = currencyMinorDigits(currency);
  const fraction = match[2] ?? "";
  if (fraction.length > digits) {
    return { ok: false, reason: digits === 0 ? `${currency} has no decimal places` : `${currency} has at most ${digits} decimal places` };
  }
  const major = BigInt(match[1].replace(/,/g, ""));
  if (major > MAX_MAJOR_UNITS) return { ok: false, reason: code("agreement.valueUnrealisticallyLargeCheckNumber") };
  const minor = major * 10n ** BigInt(digits) + BigInt((fraction || "0").padEnd(digits, "0") || "0");
  return { ok: true, minor };
}

/** 125000050n CNY → "1250000.50" (plain, for forms and CSV). */
export function minorToDecimal(minor: bigint | string, currency: string): string {
  const value = BigInt(minor);
  const digits = currencyMinorDigits(currency);
  if (digits === 0) return value.toString();
  const scale = 10n ** BigInt(digits);
  return `${value / scale}.${(value % scale).toString().padStart(digits, "0")}`;
}

/** 125000050n CNY, "zh" → "¥1,250,000.50" via Intl, exact for big values (string input). */
export function formatMoney(minor: bigint | string, currency: string, locale: string): string {
  const decimal = minorToDecimal(minor, currency);
  const format = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "code" });
  // format() accepts a decimal string exactly (Intl.NumberFormat v3), avoiding float rounding.
  return format.format(decimal as unknown as number);
}
