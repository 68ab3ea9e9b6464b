// The agreement CSV layout, shared by export and import: import checks the header row
// against this list exactly (same names, same order), so a file from another tool or an
// edited header is refused instead of being misread column by column.
export const AGREEMENT_CSV_COLUMNS = [
  "id",
  "title_en",
  "title_zh",
  "title_ja",
  "sector",
  "type",
  "status",
  "visibility",
  "value",
  "currency",
  "city_a_en",
  "city_a_zh",
  "city_a_ja",
  "city_b_en",
  "city_b_zh",
  "city_b_ja",
  "session_id",
  "venue_id",
  "signed_at_local",
  "time_zone",
  "signed_at_utc",
  "parties_a_ids",
  "parties_a_names",
  "parties_b_ids",
  "parties_b_names",
  "idempotency_key",
  "version",
  "created_at",
  "updated_at",
] as const;

export type AgreementCsvColumn = (typeof AGREEMENT_CSV_COLUMNS)[number];

/** Several parties in one cell are separated by this. */
export const PARTY_SEPARATOR = ";";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;
