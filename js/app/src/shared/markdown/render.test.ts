// The pipeline without the sanitiser (DOMPurify needs a browser DOM; the browser tests
// check sanitising end to end).
import { describe, expect, it } from "vitest";
import { hasCodeBlock } from "./code";
import { renderMarkdown } from "./render";

const raw = { sanitize: false } as const;

describe("renderMarkdown", () => {
  it("renders basic Markdown", async () => {
    const html = await renderMarkdown("# Title\n\nSome **bold** text", raw);
    expect(html).toContain("<h1>Title</h1>");
    expect(html).toContain("<strong>bold</strong>");
  });

  it("renders math with KaTeX only for the configured delimiters", async () => {
    const delimiters = [{ left: "$$", right: "$$", display: true }];
    const html = await renderMarkdown("x $$a_1^2$$ and $b_2$", { ...raw, latex_delimiters: delimiters });
    expect(html).toContain('class="katex-display"');
    expect(html).toContain("$b_2$");
    expect(html).not.toContain("<em>");
  });

  it("colours a fenced block with a known language and wraps it with a copy button", async () => {
    const html = await renderMarkdown("```python\ndef f(x):\n    return x\n```", raw);
    expect(html).toContain('<div class="code_wrap">');
    expect(html).toContain('class="copy_code_button"');
    expect(html).toContain('<span class="hljs-keyword">def</span>');
  });

  it("escapes code in an unknown language instead of colouring it", async () => {
    const html = await renderMarkdown("```nosuchlang\n<b>&\n```", raw);
    expect(html).toContain("&lt;b&gt;&amp;");
  });

  it("turns single newlines into <br> only with line_breaks", async () => {
    expect(await renderMarkdown("a\nb", raw)).not.toContain("<br>");
    expect(await renderMarkdown("a\nb", { ...raw, line_breaks: true })).toContain("<br>");
  });

  it("gives headings unique ids and anchors with header_links", async () => {
    const html = await renderMarkdown("## Usage\n\n## Usage", { ...raw, header_links: true });
    expect(html).toContain('<h2 id="h-usage"><a class="md-header-anchor" href="#h-usage"');
    expect(html).toContain('id="h-usage-1"');
  });
});

describe("hasCodeBlock", () => {
  it("sees fenced blocks but not inline code", () => {
    expect(hasCodeBlock("see `x`")).toBe(false);
    expect(hasCodeBlock("text\n~~~\ncode\n~~~")).toBe(true);
  });
});
