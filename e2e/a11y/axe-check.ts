import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

// WCAG 2.0, 2.1 and 2.2, levels A and AA. axe-core 4.14 files its WCAG 2.2 A-level checks
// under older tags and has no rule tagged wcag22a; the tag stays so that a future axe that
// adds one checks it too (the inventory test shows which tags select rules).
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * One line per violated rule: id, impact, help and the selectors of the failing nodes.
 * Legacy mode runs axe.run() in the page itself. The default (runPartial in each frame, then
 * finishRun in a new blank tab) exists for cross-origin iframes, which no Accord page has
 * (e2e/a11y-every-page.spec.ts reports any page with a frame); opening that tab and compiling
 * axe-core's 600 KB once more there cost 1–2 s a page on these machines.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
  return results.violations.map((v) => {
    const targets = v.nodes.slice(0, 8).map((n) => n.target.join(" > "));
    const more = v.nodes.length > 8 ? ` (+${v.nodes.length - 8} more)` : "";
    return `${v.id} [${v.impact ?? "?"}] ${v.help}: ${targets.join(" | ")}${more}`;
  });
}
