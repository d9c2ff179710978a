import { describe, expect, it } from "vitest";
import { page_root } from "./page.js";

describe("the app root", () => {
  it("is the page's directory, without a trailing slash or query", () => {
    expect(page_root("http://127.0.0.1:7860/?__theme=dark")).toBe("http://127.0.0.1:7860");
    expect(page_root("https://example.org/apps/demo/")).toBe("https://example.org/apps/demo");
    expect(page_root("https://example.org/apps/demo/index.html")).toBe("https://example.org/apps/demo");
  });
});
