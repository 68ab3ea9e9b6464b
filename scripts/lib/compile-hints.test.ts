// The compile hint that `npm run build` puts on every browser script of the build.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, hasCompileHint, markCompileHints } from "./compile-hints.ts";

let dir: string;
const file = (rel: string) => path.join(dir, rel);
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "accord-compile-hints-"));
  mkdirSync(file("static/chunks/nested"), { recursive: true });
  mkdirSync(file("server"), { recursive: true });
  writeFileSync(file("static/chunks/a.js"), "(globalThis.TURBOPACK||[]).push([1,function(){return 1}]);");
  writeFileSync(file("static/chunks/nested/b.js"), "console.log('b')\n//# sourceMappingURL=b.js.map");
  writeFileSync(file("static/chunks/c.css"), "body{color:red}");
  writeFileSync(file("server/page.js"), "module.exports = 1;");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("markCompileHints", () => {
  it("puts the hint on the first line of every browser script, keeps the code, and leaves CSS and server files alone", () => {
    expect(markCompileHints(dir)).toEqual({ marked: 2, files: 2 });
    expect(readFileSync(file("static/chunks/a.js"), "utf8")).toBe(
      `${COMPILE_HINT}\n(globalThis.TURBOPACK||[]).push([1,function(){return 1}]);`,
    );
    expect(readFileSync(file("static/chunks/nested/b.js"), "utf8").split("\n")).toEqual([
      COMPILE_HINT,
      "console.log('b')",
      "//# sourceMappingURL=b.js.map",
    ]);
    expect(readFileSync(file("static/chunks/c.css"), "utf8")).toBe("body{color:red}");
    expect(readFileSync(file("server/page.js"), "utf8")).toBe("module.exports = 1;");
  });

  it("marks a file once, however often it runs", () => {
    markCompileHints(dir);
    expect(markCompileHints(dir)).toEqual({ marked: 0, files: 2 });
    const code = readFileSync(file("static/chunks/a.js"), "utf8");
    expect(code.split(COMPILE_HINT).length).toBe(2);
  });

  it("recognises the hint only as the file's first line", () => {
    expect(hasCompileHint(`${COMPILE_HINT}\nx()`)).toBe(true);
    expect(hasCompileHint(Buffer.from(`${COMPILE_HINT}\nx()`))).toBe(true);
    expect(hasCompileHint(`x()\n${COMPILE_HINT}`)).toBe(false);
    expect(hasCompileHint("")).toBe(false);
  });
});
