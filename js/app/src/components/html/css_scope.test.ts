import { describe, expect, it } from "vitest";
import { scope_css, scope_selector_list } from "./css_scope";

const S = "#html-1";
const squash = (css: string): string => css.replace(/\s+/g, " ").trim();

describe("scope_css", () => {
  it("prefixes every selector of every rule", () => {
    const css = "img { height: 50px; }\n.faded, p > b { opacity: 0.3; }";
    expect(squash(scope_css(css, S))).toBe(
      "#html-1 img { height: 50px; } #html-1 .faded, #html-1 p > b { opacity: 0.3; }",
    );
  });

  it("applies declarations written outside a rule to the root element", () => {
    expect(squash(scope_css("color: red; li { color: blue }", S))).toBe(
      "#html-1 { color: red; } #html-1 li { color: blue }",
    );
  });

  it("scopes rules inside @media and @supports", () => {
    const css = "@media (min-width: 10px) { li { font-weight: bold } gap: 1px; }";
    expect(squash(scope_css(css, S))).toBe(
      "@media (min-width: 10px) { #html-1 { gap: 1px; } #html-1 li { font-weight: bold } }",
    );
  });

  it("keeps @keyframes and @font-face global", () => {
    const css = "@keyframes spin { from { rotate: 0deg } to { rotate: 360deg } }";
    expect(squash(scope_css(css, S))).toBe(squash(css));
  });

  it("reads & and :scope as the root element", () => {
    expect(scope_selector_list("&.active, :scope > p, &:hover b", S)).toBe(
      "#html-1.active, #html-1 > p, #html-1:hover b",
    );
  });

  it("does not split selectors on commas inside :is() or strings", () => {
    expect(scope_selector_list(":is(a, b) c, [title='x,y']", S)).toBe(
      "#html-1 :is(a, b) c, #html-1 [title='x,y']",
    );
  });

  it("ignores braces and semicolons inside strings and comments", () => {
    const css = "/* a { b } */ p::before { content: '};{' }";
    expect(squash(scope_css(css, S))).toBe("#html-1 p::before { content: '};{' }");
  });

  it("leaves nested rules to native CSS nesting", () => {
    expect(squash(scope_css(".card { color: red; &:hover { color: blue } }", S))).toBe(
      "#html-1 .card { color: red; &:hover { color: blue } }",
    );
  });

  it("drops @import but keeps @layer statements", () => {
    const css = "@import url('https://evil.example/x.css'); @layer base; b { color: red }";
    expect(squash(scope_css(css, S))).toBe("@layer base; #html-1 b { color: red }");
  });

  it("keeps a value that closes the rule early inside the scope", () => {
    const css = `p { color: ${"red } body { display: none"} }`;
    expect(squash(scope_css(css, S))).toBe(
      "#html-1 p { color: red } #html-1 body { display: none }",
    );
  });

  it("gives two scopes independent rules", () => {
    expect(scope_css("b { color: red }", "#html-1")).not.toBe(scope_css("b { color: red }", "#html-2"));
  });
});
