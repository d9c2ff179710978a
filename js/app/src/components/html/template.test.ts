import { describe, expect, it } from "vitest";
import { escape_for_literal, render_template, TemplateError } from "./template";

describe("JavaScript template literals", () => {
  it("evaluates ${...} with value, label and every prop in scope", () => {
    const scope = { value: "Ada", label: "Name", visible: true, color: "red" };
    expect(render_template("<p style='color:${color}'>${label}: ${value.length}</p>", scope)).toBe(
      "<p style='color:red'>Name: 3</p>",
    );
  });

  it("renders the default template as the raw value", () => {
    expect(render_template("${value}", { value: "<b>hi</b>" })).toBe("<b>hi</b>");
  });

  it("runs nested template literals, as the StarRating example does", () => {
    const template =
      "${Array.from({length: 5}, (_, i) => `<img class='${i < value ? '' : 'faded'}'>`).join('')}";
    expect(render_template(template, { value: 2 })).toBe(
      "<img class=''><img class=''><img class='faded'><img class='faded'><img class='faded'>",
    );
  });

  it("leaves props whose names are not identifiers out of scope", () => {
    expect(render_template("${value}", { value: 1, "data-x": 2, class: 3 })).toBe("1");
  });
});

describe("Handlebars and literals together", () => {
  it("mixes both syntaxes in one template", () => {
    const scope = { value: ["a", "b"], title: "T" };
    expect(render_template("<h1>{{title}}</h1>${value.length}{{#each value}}[{{this}}]{{/each}}", scope)).toBe(
      "<h1>T</h1>2[a][b]",
    );
  });

  it("substitutes Handlebars inside a ${...} expression first", () => {
    expect(render_template("${'{{name}}'.toUpperCase()}", { name: "ada" })).toBe("ADA");
  });

  it("never evaluates a ${...} that arrives inside a value", () => {
    const scope = { value: "${globalThis.pwned = 1}", raw: "`${1+1}` \\n" };
    expect(render_template("{{value}} {{{raw}}}", scope)).toBe("${globalThis.pwned &#x3D; 1} `${1+1}` \\n");
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });
});

describe("errors", () => {
  it("reports a JavaScript syntax error", () => {
    expect(() => render_template("${value.(}", { value: 1 })).toThrow(TemplateError);
  });

  it("reports a reference to a name that is not a prop", () => {
    expect(() => render_template("${nope}", { value: 1 })).toThrow(/nope is not defined/);
  });

  it("reports a Handlebars syntax error", () => {
    expect(() => render_template("{{#if value}}", { value: 1 })).toThrow(/never closed/);
  });
});

describe("escape_for_literal", () => {
  it("round-trips through a template literal", () => {
    const text = "a\\b `c` ${d} $e {f}";
    expect(new Function(`return \`${escape_for_literal(text)}\`;`)()).toBe(text);
  });
});
