import { describe, expect, it } from "vitest";
import { asLocalizedText, localizedTextSchema, pickText } from "./localized-text.ts";
import { issueMessage } from "./server-messages/issue-message.ts";
import { english } from "./server-messages/translate-message.ts";

describe("localizedTextSchema", () => {
  const schema = localizedTextSchema(10);

  it("trims each language and drops blank ones", () => {
    expect(schema.parse({ en: "  Jinan ", zh: "   ", ja: "済南" })).toEqual({ en: "Jinan", ja: "済南" });
  });

  it("requires at least one non-empty language", () => {
    const result = schema.safeParse({ en: " ", zh: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe("field.enterTextAtLeastLanguage");
    expect(english(issueMessage(result.error!.issues[0]))).toMatch(/at least one language/);
    expect(schema.safeParse({}).success).toBe(false);
  });

  it("enforces the maximum length per language and names the field", () => {
    const result = schema.safeParse({ en: "x".repeat(11) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(["en"]);
    expect(schema.safeParse({ en: `  ${"x".repeat(10)}  ` }).success).toBe(true);
  });

  it("rejects unknown languages and non-strings", () => {
    expect(schema.safeParse({ fr: "Bonjour" }).success).toBe(false);
    expect(schema.safeParse({ en: 5 }).success).toBe(false);
    expect(schema.safeParse("Jinan").success).toBe(false);
  });
});

describe("pickText", () => {
  const title = { en: "Dialogue with Shandong", zh: "对话山东" };

  it("returns the reader's language when present", () => {
    expect(pickText(title, "zh", ["zh", "ja", "en"])).toEqual({ text: "对话山东", lang: "zh", isFallback: false });
  });

  it("falls back to the event's first language that has the text, and says so", () => {
    expect(pickText(title, "ja", ["zh", "ja", "en"])).toEqual({ text: "对话山东", lang: "zh", isFallback: true });
    expect(pickText(title, "ja", ["en", "zh"])).toEqual({ text: "Dialogue with Shandong", lang: "en", isFallback: true });
  });

  it("falls back to any language when the event's languages have none", () => {
    expect(pickText({ ja: "山東との対話" }, "en", ["en", "zh"])).toEqual({ text: "山東との対話", lang: "ja", isFallback: true });
  });

  it("treats blank strings as missing and tolerates bad stored JSON", () => {
    expect(pickText({ en: " ", zh: "对话" }, "en", [])).toMatchObject({ text: "对话", isFallback: true });
    expect(pickText(null, "en", ["zh"])).toEqual({ text: "", lang: "en", isFallback: false });
    expect(pickText(["x"], "en")).toEqual({ text: "", lang: "en", isFallback: false });
    expect(asLocalizedText({ en: "A", xx: "B", zh: 3 })).toEqual({ en: "A" });
  });
});
