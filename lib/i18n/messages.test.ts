import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "../../server/i18n/load-messages.ts";
import { LOCALES } from "./locales.ts";
import { MESSAGE_NAMESPACES } from "./namespaces.ts";

// A missing or untranslated string fails CI here rather than showing a raw key in the UI.
const dir = path.join(import.meta.dirname, "messages");
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Record<string, unknown>;

/** "a.b.c" → string value for every leaf. */
function leaves(obj: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (obj && typeof obj === "object" && !Array.isArray(obj)) {
    for (const [k, v] of Object.entries(obj)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (v && typeof v === "object") for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
      else out.set(key, v);
    }
  }
  return out;
}

/** Top-level {argument} names of an ICU message (plural branch bodies are skipped). */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]).sort();
}

const folders = readdirSync(dir).filter((f) => statSync(path.join(dir, f)).isDirectory());
const files = [
  { label: "base", file: (l: string) => `${l}.json` },
  ...folders.map((ns) => ({ label: ns, file: (l: string) => `${ns}/${l}.json` })),
];

describe("messages", () => {
  it("every namespace folder is registered, so the loader merges it", () => {
    const unregistered = folders.filter((f) => !(MESSAGE_NAMESPACES as readonly string[]).includes(f));
    expect(unregistered, "add these to lib/i18n/namespaces.ts").toEqual([]);
  });

  for (const { label, file } of files) {
    describe(label, () => {
      const en = leaves(read(file("en")));
      it("English has strings", () => expect(en.size).toBeGreaterThan(0));
      for (const locale of LOCALES.filter((l) => l !== "en")) {
        it(`${locale} has every English key, non-empty, with the same arguments`, () => {
          expect(existsSync(path.join(dir, file(locale))), `${file(locale)} is missing`).toBe(true);
          const other = leaves(read(file(locale)));
          const missing = [...en.keys()].filter((k) => typeof other.get(k) !== "string" || (other.get(k) as string).trim() === "");
          expect(missing, `${file(locale)} lacks`).toEqual([]);
          const extra = [...other.keys()].filter((k) => !en.has(k));
          expect(extra, `${file(locale)} has keys English lacks`).toEqual([]);
          const mismatched = [...en.entries()].filter(
            ([k, v]) => JSON.stringify(argumentsOf(String(v))) !== JSON.stringify(argumentsOf(String(other.get(k)))),
          );
          expect(
            mismatched.map(([k]) => k),
            `${file(locale)} arguments differ`,
          ).toEqual([]);
        });
      }
    });
  }

  it('English counts go through ICU plurals, never "{count} rows" (reads "1 rows")', () => {
    // A bare number argument followed by a plural noun; limits ({max}, {min}) are never 1.
    const bare = /\{(?!max\b|min\b)\w+\} (?!is\b|has\b|does\b|was\b)[a-z]+s\b/; // "{person} is", "{time} does": verbs, not plurals
    const offenders = files.flatMap(({ label, file }) =>
      [...leaves(read(file("en")))].filter(([, v]) => bare.test(String(v))).map(([k]) => `${label}:${k}`),
    );
    expect(offenders).toEqual([]);
  });

  it("the loader merges each namespace under its own key", async () => {
    const messages = await loadMessages("ja");
    expect((messages.shell as Record<string, string>).signIn).toBe("ログイン");
    for (const ns of MESSAGE_NAMESPACES) {
      expect(messages[ns]).toEqual(existsSync(path.join(dir, ns, "ja.json")) ? read(`${ns}/ja.json`) : {});
    }
  });
});
