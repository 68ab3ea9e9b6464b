import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Prisma's own reading of schema.prisma (the DMMF: models, fields, nullability, keys,
// relations), for checks such as server/db/schema-drift.test.ts. @prisma/internals'
// getDMMF is not installed, but the `prisma` package ships the same Wasm module
// (prisma_schema_build) that getDMMF wraps; this is the few lines of wasm-bindgen glue
// needed to call its get_dmmf export.

export type DmmfField = {
  name: string;
  dbName: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  relationFromFields?: string[];
  relationToFields?: string[];
};
export type DmmfModel = {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
  uniqueFields: string[][];
};
export type Dmmf = { datamodel: { models: DmmfModel[]; enums: { name: string; dbName: string | null }[] } };

type Exports = {
  memory: WebAssembly.Memory;
  __wbindgen_externrefs: WebAssembly.Table;
  __wbindgen_malloc(size: number, align: number): number;
  __wbindgen_free(ptr: number, len: number, align: number): void;
  __externref_table_dealloc(idx: number): void;
  __wbindgen_start(): void;
  get_dmmf(ptr: number, len: number): [number, number, number, number];
};

let wasm: Exports | undefined;

function load(): Exports {
  if (wasm) return wasm;
  const prismaDir = path.dirname(createRequire(import.meta.url).resolve("prisma/package.json"));
  const bytes = readFileSync(path.join(prismaDir, "build/prisma_schema_build_bg.wasm"));
  const text = (ptr: number, len: number) => new TextDecoder().decode(new Uint8Array(wasm!.memory.buffer, ptr >>> 0, len));
  let panic = "";
  // Import names are generated per Prisma build; match them by their stable prefix.
  const imports: Record<string, (...args: number[]) => unknown> = {};
  for (const { name } of WebAssembly.Module.imports(new WebAssembly.Module(bytes))) {
    if (name.startsWith("__wbg_Error_")) imports[name] = (p, l) => new Error(text(p, l));
    else if (name.startsWith("__wbg___wbindgen_throw_"))
      imports[name] = (p, l) => {
        throw new Error(text(p, l));
      };
    else if (name.startsWith("__wbg_set_message_"))
      imports[name] = (p, l) => {
        panic = text(p, l);
      };
    else if (name === "__wbindgen_init_externref_table") {
      imports[name] = () => {
        const table = wasm!.__wbindgen_externrefs;
        const base = table.grow(4);
        table.set(0, undefined);
        [undefined, null, true, false].forEach((v, i) => table.set(base + i, v));
      };
    } else
      imports[name] = () => {
        throw new Error(`prisma-dmmf: unexpected Wasm import ${name}${panic ? ` (${panic})` : ""}`);
      };
  }
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { __wbindgen_placeholder__: imports });
  wasm = instance.exports as unknown as Exports;
  wasm.__wbindgen_start();
  return wasm;
}

export function getDmmf(schema: string, file = "schema.prisma"): Dmmf {
  const w = load();
  const input = new TextEncoder().encode(JSON.stringify({ prismaSchema: [[file, schema]], noColor: true }));
  const ptr = w.__wbindgen_malloc(input.length, 1);
  new Uint8Array(w.memory.buffer, ptr, input.length).set(input);
  const [outPtr, outLen, errIdx, failed] = w.get_dmmf(ptr, input.length);
  if (failed) {
    const err = w.__wbindgen_externrefs.get(errIdx) as Error;
    w.__externref_table_dealloc(errIdx);
    throw new Error(`Prisma could not read the schema: ${err.message}`);
  }
  const json = new TextDecoder().decode(new Uint8Array(w.memory.buffer, outPtr, outLen));
  w.__wbindgen_free(outPtr, outLen, 1);
  return JSON.parse(json) as Dmmf;
}
