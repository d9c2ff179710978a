import { describe, expect, it } from "vitest";
import { compile, TemplateSyntaxError } from "./handlebars";

const render = (template: string, context: unknown): string => compile(template).render(context);

describe("variables", () => {
  it("looks up a name and a dotted path", () => {
    expect(render("{{name}} is {{person.age}}", { name: "Ada", person: { age: 36 } })).toBe(
      "Ada is 36",
    );
  });

  it("accepts slashed paths, this. prefixes and bracketed segments", () => {
    const context = { a: { b: 1, "odd key": 2 } };
    expect(render("{{a/b}} {{this.a.b}} {{a.[odd key]}}", context)).toBe("1 1 2");
  });

  it("renders missing values, null and undefined as nothing", () => {
    expect(render("[{{missing}}][{{n}}][{{deep.missing.path}}]", { n: null })).toBe("[][][]");
  });

  it("renders false and zero as text, arrays joined with commas", () => {
    expect(render("{{f}} {{z}} {{list}}", { f: false, z: 0, list: [1, 2] })).toBe("false 0 1,2");
  });

  it("escapes HTML by default", () => {
    expect(render("{{x}}", { x: `<b a="1" b='2'>&\`=` })).toBe(
      "&lt;b a&#x3D;&quot;1&quot; b&#x3D;&#x27;2&#x27;&gt;&amp;&#x60;&#x3D;",
    );
  });

  it("inserts raw HTML with triple braces or an ampersand", () => {
    expect(render("{{{x}}} {{&x}}", { x: "<b>hi</b>" })).toBe("<b>hi</b> <b>hi</b>");
  });

  it("does not reach inherited properties such as the constructor", () => {
    expect(render("[{{constructor}}][{{__proto__}}][{{x.toString}}]", { x: {} })).toBe("[][][]");
  });

  it("reads the length of strings and arrays", () => {
    expect(render("{{s.length}} {{a.length}}", { s: "abcd", a: [1, 2] })).toBe("4 2");
  });

  it("looks up a dynamic key with the lookup helper", () => {
    expect(render("{{lookup names key}}", { names: { x: "X" }, key: "x" })).toBe("X");
  });
});

describe("blocks", () => {
  it("chooses the branch of an if by Handlebars truthiness", () => {
    const template = "{{#if v}}yes{{else}}no{{/if}}";
    const results = [true, 1, "a", [0], {}, false, 0, "", null, [], Number.NaN].map((v) =>
      render(template, { v }),
    );
    expect(results).toEqual(["yes", "yes", "yes", "yes", "yes", "no", "no", "no", "no", "no", "no"]);
  });

  it("chains else if and supports unless", () => {
    const template = "{{#if a}}A{{else if b}}B{{else}}C{{/if}}{{#unless a}}!{{/unless}}";
    expect(render(template, { a: false, b: true })).toBe("B!");
    expect(render(template, { a: true, b: false })).toBe("A");
    expect(render(template, {})).toBe("C!");
  });

  it("iterates an array with this, @index, @first and @last", () => {
    const template =
      "{{#each items}}<li data-i='{{@index}}'>{{this}}{{#if @first}}^{{/if}}{{#if @last}}.{{/if}}</li>{{/each}}";
    expect(render(template, { items: ["a", "b<i>"] })).toBe(
      "<li data-i='0'>a^</li><li data-i='1'>b&lt;i&gt;.</li>",
    );
  });

  it("iterates an object's entries with @key", () => {
    expect(render("{{#each o}}{{@key}}={{this}};{{/each}}", { o: { x: 1, y: 2 } })).toBe(
      "x=1;y=2;",
    );
  });

  it("renders the else branch of an empty each", () => {
    expect(render("{{#each items}}x{{else}}none{{/each}}", { items: [] })).toBe("none");
  });

  it("changes the context inside each and reaches out with ../ and @root", () => {
    const context = { unit: "kg", items: [{ w: 1 }, { w: 2 }] };
    expect(render("{{#each items}}{{w}}{{../unit}}{{@root.unit}} {{/each}}", context)).toBe(
      "1kgkg 2kgkg ",
    );
  });

  it("names the item and index with block parameters", () => {
    const context = { rows: [["a", "b"], ["c"]] };
    const template = "{{#each rows as |row r|}}{{#each row as |cell|}}{{r}}{{cell}} {{/each}}{{/each}}";
    expect(render(template, context)).toBe("0a 0b 1c ");
  });

  it("changes the context with with", () => {
    expect(render("{{#with p}}{{name}}{{/with}}", { p: { name: "Ada" } })).toBe("Ada");
  });
});

describe("text handling", () => {
  it("drops comments", () => {
    expect(render("a{{! note }}b{{!-- {{x}} --}}c", { x: 1 })).toBe("abc");
  });

  it("keeps an escaped mustache as literal text", () => {
    expect(render("\\{{x}} {{x}}", { x: 1 })).toBe("{{x}} 1");
  });

  it("trims whitespace next to a tilde", () => {
    expect(render("<ul>\n  {{~#each xs~}}\n  <li>{{this}}</li>\n  {{~/each~}}\n</ul>", { xs: [1] })).toBe(
      "<ul><li>1</li></ul>",
    );
  });

  it("passes an insertion hook every substituted text", () => {
    const out = compile("<{{a}}|{{{b}}}>").render({ a: "x", b: "y" }, (t) => t.toUpperCase());
    expect(out).toBe("<X|Y>");
  });
});

describe("syntax errors", () => {
  it.each([
    ["{{#if x}}open", /never closed/],
    ["{{#if x}}a{{/each}}", /does not close/],
    ["{{/if}}", /Unexpected/],
    ["{{x", /Unclosed/],
    ["{{#bogus x}}{{/bogus}}", /Unknown block helper "bogus"/],
    ["{{shout x}}", /Missing helper: "shout"/],
    ["{{a..b}}", /Invalid expression/],
    ["{{else}}", /outside a block/],
  ])("rejects %s with a clear message", (template, message) => {
    expect(() => compile(template)).toThrow(TemplateSyntaxError);
    expect(() => compile(template)).toThrow(message);
  });
});
