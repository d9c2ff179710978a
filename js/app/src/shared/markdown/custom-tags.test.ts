import { describe, expect, it } from "vitest";
import { escapeCustomTags } from "./custom-tags";

describe("escapeCustomTags", () => {
  const html = "<p>Hi <thinking>x</thinking> <b>y</b></p>";

  it("true keeps non-standard tags as text and leaves HTML and SVG alone", () => {
    expect(escapeCustomTags(html, true)).toBe("<p>Hi &lt;thinking>x&lt;/thinking> <b>y</b></p>");
    expect(escapeCustomTags('<svg><linearGradient id="g"/></svg>', true)).toBe('<svg><linearGradient id="g"/></svg>');
  });

  it("a list keeps only the named tags, in any case", () => {
    expect(escapeCustomTags("<Note>a</note><tool>b</tool>", ["note"])).toBe("&lt;Note>a&lt;/note><tool>b</tool>");
  });

  it("false or null changes nothing", () => {
    expect(escapeCustomTags(html, false)).toBe(html);
    expect(escapeCustomTags(html, null)).toBe(html);
  });
});
