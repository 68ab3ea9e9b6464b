import { describe, expect, it } from "vitest";
import { replaceMarkedSection } from "./marked-section";

const M = "<!-- bench-x -->";
const atEnd = (doc: string, block: string) => `${doc}\n${block}\n`;

describe("replaceMarkedSection", () => {
  it("replaces only what stands between the two markers", () => {
    const doc = `# Title\n\n${M}\nold table\n${M}\n\nWritten by hand.\n`;
    expect(replaceMarkedSection(doc, M, "new table\n", atEnd)).toBe(`# Title\n\n${M}\nnew table\n${M}\n\nWritten by hand.\n`);
  });

  it("gives the same document when run twice", () => {
    const doc = `# Title\n\n${M}\nold\n${M}\n\nText.\n`;
    const once = replaceMarkedSection(doc, M, "new\n", atEnd);
    expect(replaceMarkedSection(once, M, "new\n", atEnd)).toBe(once);
  });

  it("places the marked block where it is told when the document has no markers (or only one)", () => {
    expect(replaceMarkedSection("# Title\n", M, "table\n", atEnd)).toBe(`# Title\n\n${M}\ntable\n${M}\n`);
    expect(replaceMarkedSection(`# Title\n${M}\n`, M, "table\n", atEnd)).toBe(`# Title\n${M}\n\n${M}\ntable\n${M}\n`);
  });

  it("leaves other benchmarks' sections alone", () => {
    const other = "<!-- bench-y -->";
    const doc = `${other}\nkeep\n${other}\n${M}\nold\n${M}\n`;
    expect(replaceMarkedSection(doc, M, "new\n", atEnd)).toBe(`${other}\nkeep\n${other}\n${M}\nnew\n${M}\n`);
  });
});
