import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_MESSAGES } from "./catalogue.ts";
import { findMessageLiterals } from "./find-message-literals.ts";
import { isCatalogued, localizeMessage } from "./localize-message.ts";

const root = path.resolve(import.meta.dirname, "../../..");
// Sentences for operators and developers (command line, logs), not for forms.
const NOT_FOR_FORMS = [/^(DATABASE_URL|NEXTAUTH_URL|ACCORD_ALLOWED_ORIGINS|REDIS_URL|TRUSTED_PROXIES|SMTP_URL) /, /^Migration /, /^CREATE TABLE/, /^Cookie, Accept-Language$/];

describe("server messages", () => {
  it("has a zh and ja translation for every sentence the server sends to a form", () => {
    const literals = findMessageLiterals(root, ["server", "lib", "app"]).filter(
      (l) => !NOT_FOR_FORMS.some((re) => re.test(l.text)) && !/agreement-enums|sectors/.test(l.file),
    );
    expect(literals.length).toBeGreaterThan(120); // the scan itself works
    // "{}" stands for a value the server fills in; any sample value must match a template.
    const missing = literals.filter((l) => !isCatalogued(l.text.replaceAll("{}", "7")));
    expect(missing.map((l) => `${l.file}: ${l.text}`)).toEqual([]);
  });

  it("keeps placeholders identical across languages and has no duplicate English", () => {
    const seen = new Set<string>();
    for (const [en, zh, ja] of SERVER_MESSAGES) {
      expect(seen.has(en), en).toBe(false);
      seen.add(en);
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(zh), en).toEqual(names(en));
      expect(names(ja), en).toEqual(names(en));
    }
  });

  it("translates fixed sentences and fills in values", () => {
    expect(localizeMessage("This record was changed by someone else since you opened it. Reload to see their changes.", "ja")).toBe(
      "このレコードは開いた後に他の人によって変更されました。再読み込みして変更内容を確認してください。",
    );
    expect(localizeMessage("Must be at most 200 characters", "zh")).toBe("最多 200 个字符");
    expect(localizeMessage("Must be at most 5", "zh")).toBe("不能大于 5");
    expect(localizeMessage("Session not found.", "zh")).toBe("未找到会议。");
    expect(localizeMessage("Video message not found.", "ja")).toBe("ビデオメッセージが見つかりません。");
  });

  it("translates status words and nested sentences", () => {
    expect(localizeMessage("An agreement cannot go from COMPLETED to SIGNED.", "zh")).toBe("协议不能从“已完成”变为“已签约”。");
    expect(localizeMessage('Line 4: expected a cue timing like "00:00:01.000 --> 00:00:04.000".', "ja")).toBe(
      "4 行目：「00:00:01.000 --> 00:00:04.000」のようなキューの時間が必要です。",
    );
    expect(localizeMessage("Line 3: expected 14 columns, found 13. Check for an unquoted comma.", "zh")).toBe(
      "第 3 行：应有 14 列，实际为 13 列。请检查是否有未加引号的逗号。",
    );
    expect(localizeMessage("title: Required; value: Value cannot be negative", "ja")).toBe("title: 必須です；value: 金額は負の値にできません");
  });

  it("keeps names and titles inside sentences as written", () => {
    expect(localizeMessage('Jinan Hall already has "Opening ceremony" at this time.', "zh")).toBe("Jinan Hall 在此时间已有“Opening ceremony”。");
  });

  it("returns English and unknown text unchanged", () => {
    expect(localizeMessage("Please sign in.", "en")).toBe("Please sign in.");
    expect(localizeMessage("Something nobody wrote", "ja")).toBe("Something nobody wrote");
    expect(localizeMessage("", "zh")).toBe("");
  });
});
