import { describe, expect, it } from "vitest";
import { TRACK_COLORS } from "./track-colors.ts";

// WCAG relative luminance and contrast ratio.
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe("track colours", () => {
  it.each(Object.entries(TRACK_COLORS))("%s carries white text at AA (4.5:1)", (_, hex) => {
    expect(contrast(hex, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
  it("are all different", () => {
    expect(new Set(Object.values(TRACK_COLORS)).size).toBe(Object.keys(TRACK_COLORS).length);
  });
});
