/**
 * Scope a `css_template` to one component instance.
 *
 * Every selector gets the instance's selector in front (`img` → `#html-7 img`), `&` and
 * `:scope` stand for the instance's root element, and declarations written outside any rule
 * apply to the root element. Conditional group rules (`@media`, `@supports`, `@container`,
 * `@layer`) are scoped inside; `@keyframes`, `@font-face` and other global at-rules are kept
 * as written; `@import` and other statement at-rules except `@layer` are dropped. Nested
 * rules inside a rule are left to the browser's CSS nesting.
 *
 * Example: scope_css("color: red; li { color: blue }", "#html-7")
 *   → "#html-7 { color: red; }\n#html-7 li { color: blue }"
 */

/** Rules whose body holds more rules that need scoping. */
const GROUP_RULES = new Set(["media", "supports", "container", "layer", "document", "starting-style"]);

interface Item {
  /** Text before `{` (selector or at-rule prelude), or the whole statement. */
  prelude: string;
  /** Text between the braces; null for a declaration or a statement at-rule. */
  body: string | null;
}

/** Scope `css` so it only applies inside the element matched by `scope`. */
export function scope_css(css: string, scope: string): string {
  const items = split_items(strip_comments(css));
  const declarations: string[] = [];
  const rules: string[] = [];
  for (const { prelude, body } of items) {
    if (body === null) {
      // Statement at-rules: only `@layer a, b;` is kept; `@import` could pull in CSS from anywhere.
      if (/^@layer\b/i.test(prelude)) rules.push(`${prelude};`);
      else if (prelude.startsWith("@")) continue;
      else if (prelude) declarations.push(`${prelude};`);
      continue;
    }
    if (prelude.startsWith("@")) {
      const name = /^@([\w-]+)/.exec(prelude)?.[1]?.toLowerCase() ?? "";
      const inner = GROUP_RULES.has(name) ? scope_css(body, scope) : body;
      rules.push(`${prelude} {${GROUP_RULES.has(name) ? `\n${inner}\n` : inner}}`);
      continue;
    }
    rules.push(`${scope_selector_list(prelude, scope)} {${body}}`);
  }
  const root = declarations.length ? [`${scope} { ${declarations.join(" ")} }`] : [];
  return [...root, ...rules].join("\n");
}

/** Prefix each selector of a comma-separated list with `scope`. */
export function scope_selector_list(list: string, scope: string): string {
  return split_top_level(list, ",")
    .map((selector) => selector.trim())
    .filter(Boolean)
    .map((selector) => {
      if (selector.includes("&")) return selector.replace(/&/g, scope);
      if (/:scope\b/.test(selector)) return selector.replace(/:scope\b/g, scope);
      return `${scope} ${selector}`;
    })
    .join(", ");
}

function strip_comments(css: string): string {
  let out = "";
  let i = 0;
  while (i < css.length) {
    const char = css[i]!;
    if (char === '"' || char === "'") {
      const end = string_end(css, i);
      out += css.slice(i, end);
      i = end;
    } else if (css.startsWith("/*", i)) {
      const end = css.indexOf("*/", i + 2);
      i = end === -1 ? css.length : end + 2;
    } else {
      out += char;
      i += 1;
    }
  }
  return out;
}

/** Split a block's content into rules, at-rules and declarations. */
function split_items(css: string): Item[] {
  const items: Item[] = [];
  let start = 0;
  let i = 0;
  let parens = 0;
  while (i < css.length) {
    const char = css[i]!;
    if (char === '"' || char === "'") {
      i = string_end(css, i);
      continue;
    }
    if (char === "(") parens += 1;
    else if (char === ")") parens = Math.max(0, parens - 1);
    else if (char === ";" && parens === 0) {
      items.push({ prelude: css.slice(start, i).trim(), body: null });
      start = i + 1;
    } else if (char === "{" && parens === 0) {
      const close = matching_brace(css, i);
      items.push({ prelude: css.slice(start, i).trim(), body: css.slice(i + 1, close) });
      start = close + 1;
      i = close;
    }
    i += 1;
  }
  const tail = css.slice(start).trim();
  if (tail) items.push({ prelude: tail, body: null });
  return items.filter((item) => item.prelude || item.body !== null);
}

function matching_brace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const char = css[i]!;
    if (char === '"' || char === "'") {
      i = string_end(css, i) - 1;
    } else if (char === "{") {
      depth += 1;
    } else if (char === "}") {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return css.length;
}

/** Index just past the string literal starting at `start`. */
function string_end(css: string, start: number): number {
  const quote = css[start];
  for (let i = start + 1; i < css.length; i++) {
    if (css[i] === "\\") i += 1;
    else if (css[i] === quote || css[i] === "\n") return i + 1;
  }
  return css.length;
}

function split_top_level(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"' || char === "'") i = string_end(text, i) - 1;
    else if (char === "(" || char === "[") depth += 1;
    else if (char === ")" || char === "]") depth -= 1;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
