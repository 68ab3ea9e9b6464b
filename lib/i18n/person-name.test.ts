import { describe, expect, it } from "vitest";
import { formatPersonName } from "./person-name";

describe("formatPersonName", () => {
  it("puts Chinese and Japanese honorifics after the name", () => {
    expect(formatPersonName("林田正雄", "阁下")).toBe("林田正雄 阁下");
    expect(formatPersonName("小林 俊介", "先生")).toBe("小林 俊介 先生");
    expect(formatPersonName("林田正雄", "閣下")).toBe("林田正雄 閣下");
    expect(formatPersonName("小林 俊介", "さま")).toBe("小林 俊介 さま");
  });

  it("keeps English honorifics before the name and leaves a bare name alone", () => {
    expect(formatPersonName("Masao Hayashida", "H.E.")).toBe("H.E. Masao Hayashida");
    expect(formatPersonName("Shunsuke Kobayashi", "  ")).toBe("Shunsuke Kobayashi");
    expect(formatPersonName("Shunsuke Kobayashi", undefined)).toBe("Shunsuke Kobayashi");
  });
});
