import type pg from "pg";
import type { Dmmf, DmmfField, DmmfModel } from "./prisma-dmmf.ts";

// Compares what Prisma reads from schema.prisma (the DMMF) with what the migrations built
// (pg_catalog), and lists every difference as one readable line. An empty list means the
// Prisma client's queries match the tables: same tables, columns, types, nullability,
// primary keys, unique constraints, foreign keys and enum values.

// Prisma's default PostgreSQL type per scalar, and per @db.* native type, as pg udt names.
const DEFAULT_UDT: Record<string, string> = {
  String: "text",
  Int: "int4",
  BigInt: "int8",
  Float: "float8",
  Decimal: "numeric",
  Boolean: "bool",
  DateTime: "timestamp",
  Json: "jsonb",
  Bytes: "bytea",
};
const NATIVE_UDT: Record<string, string> = {
  Text: "text",
  Char: "bpchar",
  VarChar: "varchar",
  Uuid: "uuid",
  Inet: "inet",
  Citext: "citext",
  Integer: "int4",
  SmallInt: "int2",
  BigInt: "int8",
  Oid: "oid",
  Decimal: "numeric",
  Money: "money",
  DoublePrecision: "float8",
  Real: "float4",
  Boolean: "bool",
  Date: "date",
  Time: "time",
  Timetz: "timetz",
  Timestamp: "timestamp",
  Timestamptz: "timestamptz",
  Json: "json",
  JsonB: "jsonb",
  ByteA: "bytea",
  Xml: "xml",
  Bit: "bit",
  VarBit: "varbit",
};

type Column = { table: string; column: string; udt: string; nullable: boolean };
type Index = { table: string; columns: string[]; primary: boolean; unique: boolean };
type ForeignKey = { table: string; columns: string[]; refTable: string; refColumns: string[] };

const tableOf = (m: DmmfModel) => m.dbName ?? m.name;
const columnOf = (m: DmmfModel, fieldName: string) => {
  const f = m.fields.find((x) => x.name === fieldName);
  return f?.dbName ?? fieldName;
};
const same = (a: string[], b: string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export function expectedUdt(field: DmmfField, enumDbName: (name: string) => string): string {
  const native = (field as DmmfField & { nativeType?: [string, string[]] | null }).nativeType;
  const base =
    field.kind === "enum" ? enumDbName(field.type) : native ? (NATIVE_UDT[native[0]] ?? native[0].toLowerCase()) : DEFAULT_UDT[field.type];
  return field.isList ? `_${base}` : base;
}

export async function findSchemaDrift(dmmf: Dmmf, client: pg.Client | pg.PoolClient): Promise<string[]> {
  const { columns, indexes, foreignKeys, enums } = await readCatalog(client);
  const problems: string[] = [];
  const enumDbName = (name: string) => dmmf.datamodel.enums.find((e) => e.name === name)?.dbName ?? name;
  const tables = new Set(columns.map((c) => c.table));

  for (const model of dmmf.datamodel.models) {
    const table = tableOf(model);
    if (!tables.has(table)) {
      problems.push(`model ${model.name}: table "${table}" is missing`);
      continue;
    }
    const scalars = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
    for (const f of scalars) {
      const name = f.dbName ?? f.name;
      const col = columns.find((c) => c.table === table && c.column === name);
      if (!col) {
        problems.push(`${model.name}.${f.name}: column "${table}"."${name}" is missing`);
        continue;
      }
      // Prisma creates scalar lists as nullable arrays (and reads NULL as []), whatever the DMMF says.
      if (!f.isList && col.nullable === f.isRequired)
        problems.push(
          `${model.name}.${f.name}: schema says ${f.isRequired ? "required" : "optional"}, column is ${col.nullable ? "NULL" : "NOT NULL"}`,
        );
      const udt = expectedUdt(f, enumDbName);
      if (col.udt !== udt) problems.push(`${model.name}.${f.name}: expected type ${udt}, column has ${col.udt}`);
    }
    for (const c of columns.filter((c) => c.table === table)) {
      if (!scalars.some((f) => (f.dbName ?? f.name) === c.column))
        problems.push(`table "${table}": column "${c.column}" is not in the schema`);
    }

    const pk = model.primaryKey?.fields ?? model.fields.filter((f) => f.isId).map((f) => f.name);
    const pkCols = pk.map((n) => columnOf(model, n));
    if (!indexes.some((i) => i.table === table && i.primary && same(i.columns, pkCols))) {
      problems.push(`model ${model.name}: no primary key on (${pkCols.join(", ")})`);
    }
    const uniques = [...model.uniqueFields, ...model.fields.filter((f) => f.isUnique).map((f) => [f.name])];
    for (const u of uniques) {
      const cols = u.map((n) => columnOf(model, n));
      if (!indexes.some((i) => i.table === table && i.unique && !i.primary && same(i.columns, cols))) {
        problems.push(`model ${model.name}: no unique index on (${cols.join(", ")})`);
      }
    }
    for (const f of model.fields.filter((x) => x.kind === "object" && x.relationFromFields?.length)) {
      const target = dmmf.datamodel.models.find((m) => m.name === f.type)!;
      const cols = f.relationFromFields!.map((n) => columnOf(model, n));
      const refCols = f.relationToFields!.map((n) => columnOf(target, n));
      const fk = foreignKeys.find((k) => k.table === table && same(k.columns, cols));
      if (!fk) problems.push(`${model.name}.${f.name}: no foreign key on (${cols.join(", ")})`);
      else if (fk.refTable !== tableOf(target) || !same(fk.refColumns, refCols)) {
        problems.push(
          `${model.name}.${f.name}: foreign key references "${fk.refTable}"(${fk.refColumns.join(", ")}), expected "${tableOf(target)}"(${refCols.join(", ")})`,
        );
      }
    }
  }
  const modelTables = new Set(dmmf.datamodel.models.map(tableOf));
  for (const t of tables) if (t !== "_prisma_migrations" && !modelTables.has(t)) problems.push(`table "${t}" has no model`);

  for (const e of dmmf.datamodel.enums as { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] }[]) {
    const actual = enums.get(e.dbName ?? e.name);
    const wanted = e.values.map((v) => v.dbName ?? v.name);
    if (!actual) problems.push(`enum ${e.name}: type is missing`);
    else if (!same([...actual].sort(), [...wanted].sort()))
      problems.push(`enum ${e.name}: values are ${actual.join(", ")}, expected ${wanted.join(", ")}`);
  }
  return problems;
}

async function readCatalog(client: pg.Client | pg.PoolClient) {
  const columns = (
    await client.query<Column>(`SELECT table_name AS "table", column_name AS "column", udt_name AS udt, is_nullable = 'YES' AS nullable
      FROM information_schema.columns WHERE table_schema = 'public'
        AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE')`)
  ).rows;
  const indexes = (
    await client.query<Index>(`SELECT t.relname AS "table", i.indisprimary AS primary, i.indisunique AS unique,
        array(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
              JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns
      FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace s ON s.oid = t.relnamespace
      WHERE s.nspname = 'public' AND i.indpred IS NULL`)
  ).rows;
  const foreignKeys = (
    await client.query<ForeignKey>(`SELECT t.relname AS "table", r.relname AS "refTable",
        array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
              JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
        array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
              JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS "refColumns"
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
      JOIN pg_namespace s ON s.oid = t.relnamespace WHERE c.contype = 'f' AND s.nspname = 'public'`)
  ).rows;
  const enumRows = (
    await client.query<{
      name: string;
      values: string[];
    }>(`SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace s ON s.oid = t.typnamespace
      WHERE s.nspname = 'public' GROUP BY t.typname`)
  ).rows;
  return { columns, indexes, foreignKeys, enums: new Map(enumRows.map((r) => [r.name, r.values])) };
}
