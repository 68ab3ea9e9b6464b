import { describe, expect, it } from "vitest";
import { LOCALES } from "../locales.ts";
import en from "../messages/server/en.json";
import ja from "../messages/server/ja.json";
import zh from "../messages/server/zh.json";
import { fieldProblem, listOf, msg, recordWord, statusWord, type ServerMessageCode } from "./message.ts";
import { english, isServerMessageCode, translateMessage } from "./translate-message.ts";

// The code list is the English catalogue's keys (ServerMessageCode is derived from them):
// every code must have a Chinese and a Japanese entry with the same ICU arguments and must
// format in every locale. No source text is scanned.

function codes(node: unknown, prefix = ""): string[] {
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : codes(value, `${prefix}${key}.`),
  );
}
const lookup = (catalogue: unknown, code: string) =>
  code
    .split(".")
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), catalogue);
const argumentsOf = (text: string) => [...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]).sort();

const ALL = codes(en) as ServerMessageCode[];

describe("server message catalogue", () => {
  it("has codes", () => expect(ALL.length).toBeGreaterThan(190));

  for (const [locale, catalogue] of [
    ["zh", zh],
    ["ja", ja],
  ] as const) {
    it(`${locale} has every code, non-empty, with the same arguments`, () => {
      const missing = ALL.filter((c) => typeof lookup(catalogue, c) !== "string" || !(lookup(catalogue, c) as string).trim());
      expect(missing).toEqual([]);
      const mismatched = ALL.filter(
        (c) => JSON.stringify(argumentsOf(lookup(en, c) as string)) !== JSON.stringify(argumentsOf(lookup(catalogue, c) as string)),
      );
      expect(mismatched).toEqual([]);
      expect(
        codes(catalogue).filter((c) => !isServerMessageCode(c)),
        "codes English lacks",
      ).toEqual([]);
    });
  }

  it("formats every code in every locale with its values filled in", () => {
    for (const code of ALL) {
      // Numbers, so plural and number arguments format too; each value distinct to find it.
      const values = Object.fromEntries(argumentsOf(lookup(en, code) as string).map((name, i) => [name, 101 + i]));
      for (const locale of LOCALES) {
        const text = translateMessage(msg(code, values), locale);
        for (const value of Object.values(values)) expect(text, `${locale} ${code}`).toContain(String(value));
        expect(text, `${locale} ${code}`).not.toMatch(/[{}]/);
      }
    }
  });

  it("knows its codes and nothing else", () => {
    expect(isServerMessageCode("common.changedBySomeoneElse")).toBe(true);
    expect(isServerMessageCode("common")).toBe(false);
    expect(isServerMessageCode("This record was changed by someone else")).toBe(false);
  });
});

describe("translateMessage", () => {
  it("translates fixed messages and fills in values", () => {
    expect(translateMessage(msg("common.changedBySomeoneElse"), "ja")).toBe(
      "このレコードは開いた後に他の人によって変更されました。再読み込みして変更内容を確認してください。",
    );
    expect(english(msg("common.changedBySomeoneElse"))).toBe(
      "This record was changed by someone else since you opened it. Reload to see their changes.",
    );
    expect(translateMessage(msg("validation.mustAtMostCharacters", { max: 200 }), "zh")).toBe("最多 200 个字符");
    expect(translateMessage(msg("validation.mustAtMost", { max: 5 }), "zh")).toBe("不能大于 5");
  });

  it("translates record and status words and nested messages", () => {
    expect(translateMessage(msg("common.notFound", { what: recordWord("Session") }), "zh")).toBe("未找到会议。");
    expect(english(msg("common.notFound", { what: recordWord("Video message") }))).toBe("Video message not found.");
    expect(translateMessage(msg("common.notFound", { what: recordWord("Video message") }), "ja")).toBe(
      "ビデオメッセージが見つかりません。",
    );
    expect(
      translateMessage(msg("agreement.agreementCannotGoFrom", { from: statusWord("COMPLETED"), to: statusWord("SIGNED") }), "zh"),
    ).toBe("协议不能从“已完成”变为“已签约”。");
    expect(english(msg("agreement.agreementCannotGoFrom", { from: statusWord("IN_PROGRESS"), to: statusWord("SIGNED") }))).toBe(
      "An agreement cannot go from in progress to signed.",
    );
    const row = msg("csv.lineProblem", { line: 3, reason: msg("csv.expectedColumnsFoundCheckUnquoted", { expected: 14, found: 13 }) });
    expect(translateMessage(row, "zh")).toBe("第 3 行：应有 14 列，实际为 13 列。请检查是否有未加引号的逗号。");
    const problems = listOf([
      fieldProblem("title", msg("validation.required")),
      fieldProblem("value", msg("agreement.valueCannotNegative")),
    ]);
    expect(english(problems)).toBe("title: Required; value: Value cannot be negative");
    expect(translateMessage(problems, "ja")).toBe("title: 必須です；value: 金額は負の値にできません");
  });

  it("keeps names and titles inside messages as written", () => {
    expect(translateMessage(msg("session.venueAlreadyHasSession", { venue: "Jinan Hall", title: "Opening ceremony" }), "zh")).toBe(
      "Jinan Hall 在此时间已有“Opening ceremony”。",
    );
  });

  it("formats counts as numbers in the reader's locale", () => {
    expect(english(msg("csv.fileHasMoreThanRows", { max: 5000 }))).toContain("more than 5,000 rows");
  });
});
