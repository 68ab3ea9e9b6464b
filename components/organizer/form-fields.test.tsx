import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FieldErrors } from "./form-fields";

describe("FieldErrors", () => {
  it("puts each message on its own line instead of running them together", () => {
    const html = renderToStaticMarkup(
      <FieldErrors id="slug-err" messages={["Use lowercase letters, digits and single hyphens", "Must be at least 3 characters"]} />,
    );
    expect(html).not.toContain("hyphens Must");
    expect(html.match(/<span class="block">[^<]+<\/span>/g)).toHaveLength(2);
  });

  it("renders nothing without messages", () => {
    expect(renderToStaticMarkup(<FieldErrors id="x" messages={[]} />)).toBe("");
  });
});
