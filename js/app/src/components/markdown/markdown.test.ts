import { describe, expect, it } from "vitest";
import { cssLength, DEFAULT_DELIMITERS, LatestOnly, markdownOptions, sizeStyle } from "./markdown";

describe("markdownOptions", () => {
  it("sanitises and renders $$ math by default", () => {
    expect(markdownOptions({})).toEqual({
      sanitize: true,
      latex_delimiters: DEFAULT_DELIMITERS,
      line_breaks: false,
      header_links: false,
    });
  });

  it("passes the app's choices through", () => {
    const inline = [{ left: "$", right: "$", display: false }];
    const options = markdownOptions({ sanitize_html: false, latex_delimiters: inline, line_breaks: true, header_links: true });
    expect(options).toEqual({ sanitize: false, latex_delimiters: inline, line_breaks: true, header_links: true });
  });
});

describe("sizes", () => {
  it("reads numbers as pixels", () => {
    expect([cssLength(200), cssLength("50vh")]).toEqual(["200px", "50vh"]);
  });

  it("scrolls when the height is bounded", () => {
    expect(sizeStyle({ max_height: 100 })).toBe("max-height: 100px; overflow-y: auto");
    expect(sizeStyle({ min_height: "2em" })).toBe("min-height: 2em");
  });
});

describe("LatestOnly", () => {
  it("lets only the newest render write", () => {
    const latest = new LatestOnly();
    const first = latest.take();
    const second = latest.take();
    expect([latest.isLatest(first), latest.isLatest(second)]).toEqual([false, true]);
  });
});
