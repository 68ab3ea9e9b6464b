import { describe, expect, it } from "vitest";
import { joinList, labelled } from "./punctuation";

describe("punctuation by language", () => {
  it("uses full-width punctuation in Chinese and Japanese", () => {
    expect(labelled("实时转播至", joinList(["东京", "大阪"], "zh"), "zh")).toBe("实时转播至：东京、大阪");
    expect(labelled("中継先", joinList(["東京", "大阪"], "ja"), "ja")).toBe("中継先：東京、大阪");
  });

  it("keeps ASCII punctuation in English", () => {
    expect(labelled("Relayed live to", joinList(["Tokyo", "Osaka"], "en"), "en")).toBe("Relayed live to: Tokyo, Osaka");
  });
});
