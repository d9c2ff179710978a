/**
 * A small Handlebars: the constructs `gr.HTML` templates use, parsed once and rendered
 * against a context.
 *
 * Supported: `{{path}}` (HTML-escaped), `{{{path}}}` and `{{&path}}` (raw), dotted and
 * slashed paths, `this`, `..`, `@root`, `@index`, `@key`, `@first`, `@last`, literals,
 * `{{#if}}`, `{{#unless}}`, `{{#each}}` (arrays and objects, `as |item i|` block params),
 * `{{#with}}`, `{{else}}` / `{{else if ...}}`, `{{lookup obj key}}`, comments, `\{{`
 * escapes and `~` whitespace control. Only own properties are looked up, as in Handlebars 4.6+
 * (so `{{constructor}}` and `{{__proto__}}` render nothing).
 */

export class TemplateSyntaxError extends Error {
  override name = "TemplateSyntaxError";
}

/** A value in a template: a path to look up or a literal. */
type Operand =
  | { kind: "path"; data: boolean; up: number; parts: string[] }
  | { kind: "literal"; value: unknown };

type Node =
  | { kind: "text"; text: string }
  | { kind: "mustache"; raw: boolean; helper: string | null; args: Operand[] }
  | {
      kind: "block";
      name: string;
      args: Operand[];
      params: string[];
      body: Node[];
      inverse: Node[];
    };

/** Parsed template, ready to render many times. */
export interface Compiled {
  render(context: unknown, insert?: (text: string) => string): string;
}

/** Parse `source`; throws {@link TemplateSyntaxError} with a readable message. */
export function compile(source: string): Compiled {
  const nodes = new Parser(tokenize(source)).parse_program();
  return {
    render: (context, insert = (text) => text) => {
      const frame: Frame = { context, data: { root: context }, params: new Map(), parent: null };
      return render_nodes(nodes, frame, insert);
    },
  };
}

// ---------------------------------------------------------------- tokens

type Token =
  | { kind: "text"; text: string }
  | { kind: "tag"; body: string; raw: boolean; strip_left: boolean; strip_right: boolean };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let text = "";
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf("{{", i);
    if (open === -1) {
      text += source.slice(i);
      break;
    }
    if (open > 0 && source[open - 1] === "\\") {
      // `\{{x}}` is the literal text `{{x}}`.
      text += source.slice(i, open - 1) + "{{";
      i = open + 2;
      continue;
    }
    text += source.slice(i, open);
    if (text) tokens.push({ kind: "text", text });
    text = "";
    const tag = read_tag(source, open);
    tokens.push(tag.token);
    i = tag.end;
  }
  if (text) tokens.push({ kind: "text", text });
  apply_whitespace_control(tokens);
  return tokens;
}

/** Read the tag opening at `open`: `{{`, `{{{` or `{{!--`, each with an optional `~`. */
function read_tag(source: string, open: number): { token: Token; end: number } {
  let start = open + 2;
  const strip_left = source[start] === "~";
  if (strip_left) start += 1;
  let closing = /(~?)\}\}/g;
  let raw = false;
  if (source.startsWith("!--", start)) closing = /--(~?)\}\}/g;
  else if (source[start] === "{") {
    raw = true;
    start += 1;
    closing = /\}(~?)\}\}/g;
  }
  closing.lastIndex = start;
  const match = closing.exec(source);
  if (!match) throw new TemplateSyntaxError(`Unclosed "{{" at character ${open}`);
  const body = source.slice(start, match.index).trim();
  const token: Token = { kind: "tag", body, raw, strip_left, strip_right: match[1] === "~" };
  return { token, end: match.index + match[0].length };
}

function apply_whitespace_control(tokens: Token[]): void {
  tokens.forEach((token, index) => {
    if (token.kind !== "tag") return;
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    if (token.strip_left && before?.kind === "text") before.text = before.text.trimEnd();
    if (token.strip_right && after?.kind === "text") after.text = after.text.trimStart();
  });
}

// ---------------------------------------------------------------- parser

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse_program(): Node[] {
    const { nodes, stop } = this.parse_until(null);
    if (stop) throw new TemplateSyntaxError(`Unexpected "{{${stop}}}"`);
    return nodes;
  }

  /** Parse nodes until `{{else...}}` or `{{/name}}`; return the tag that stopped us. */
  private parse_until(block: string | null): { nodes: Node[]; stop: string | null } {
    const nodes: Node[] = [];
    while (this.position < this.tokens.length) {
      const token = this.tokens[this.position++]!;
      if (token.kind === "text") {
        nodes.push({ kind: "text", text: token.text });
        continue;
      }
      const body = token.body;
      if (token.raw) {
        nodes.push(parse_mustache(body, true));
      } else if (body.startsWith("!")) {
        continue;
      } else if (body.startsWith("#")) {
        nodes.push(this.parse_block(body.slice(1).trim()));
      } else if (body.startsWith("/")) {
        const name = body.slice(1).trim();
        if (name !== block) {
          throw new TemplateSyntaxError(
            block ? `"{{/${name}}}" does not close "{{#${block}}}"` : `Unexpected "{{/${name}}}"`,
          );
        }
        return { nodes, stop: body };
      } else if (body === "else" || body === "^" || body.startsWith("else ")) {
        if (block === null) throw new TemplateSyntaxError(`"{{${body}}}" outside a block`);
        return { nodes, stop: body };
      } else if (body.startsWith("&")) {
        nodes.push(parse_mustache(body.slice(1).trim(), true));
      } else {
        nodes.push(parse_mustache(body, false));
      }
    }
    if (block !== null) throw new TemplateSyntaxError(`"{{#${block}}}" is never closed`);
    return { nodes, stop: null };
  }

  private parse_block(header: string): Node {
    const { words, params } = split_block_params(header);
    const [name, ...rest] = words;
    if (!name) throw new TemplateSyntaxError("Empty block name in \"{{#}}\"");
    if (!["if", "unless", "each", "with"].includes(name)) {
      throw new TemplateSyntaxError(`Unknown block helper "${name}"`);
    }
    const args = rest.map(parse_operand);
    if (args.length !== 1) {
      throw new TemplateSyntaxError(`"{{#${name}}}" takes exactly one argument`);
    }
    const first = this.parse_until(name);
    let inverse: Node[] = [];
    if (first.stop === "else" || first.stop === "^") {
      inverse = this.parse_until(name).nodes;
    } else if (first.stop?.startsWith("else ")) {
      // `{{else if x}}` chains: the rest of the block is a nested block sharing our close tag.
      inverse = [this.parse_block(first.stop.slice(5).trim())];
    }
    return { kind: "block", name, args, params, body: first.nodes, inverse };
  }
}

function parse_mustache(body: string, raw: boolean): Node {
  const words = split_words(body);
  if (words.length === 0) throw new TemplateSyntaxError("Empty expression \"{{}}\"");
  if (words.length === 1) {
    return { kind: "mustache", raw, helper: null, args: [parse_operand(words[0]!)] };
  }
  const [helper, ...rest] = words;
  if (helper !== "lookup") throw new TemplateSyntaxError(`Missing helper: "${helper}"`);
  if (rest.length !== 2) throw new TemplateSyntaxError('"lookup" takes two arguments');
  return { kind: "mustache", raw, helper, args: rest.map(parse_operand) };
}

function split_block_params(header: string): { words: string[]; params: string[] } {
  const match = /\s+as\s+\|([^|]*)\|\s*$/.exec(header);
  if (!match) return { words: split_words(header), params: [] };
  const params = match[1]!.trim().split(/\s+/).filter(Boolean);
  return { words: split_words(header.slice(0, match.index)), params };
}

/** Split on whitespace, keeping quoted strings and `[...]` segments whole. */
function split_words(body: string): string[] {
  const words = body.match(/"[^"]*"|'[^']*'|(?:\[[^\]]*\]|[^\s"'[])+/g);
  return words ?? [];
}

function parse_operand(word: string): Operand {
  if (/^-?\d+(\.\d+)?$/.test(word)) return { kind: "literal", value: Number(word) };
  if (/^"[^"]*"$|^'[^']*'$/.test(word)) return { kind: "literal", value: word.slice(1, -1) };
  if (word === "true" || word === "false") return { kind: "literal", value: word === "true" };
  if (word === "null") return { kind: "literal", value: null };
  if (word === "undefined") return { kind: "literal", value: undefined };
  return parse_path(word);
}

function parse_path(word: string): Operand {
  const data = word.startsWith("@");
  let rest = data ? word.slice(1) : word;
  let up = 0;
  while (rest.startsWith("../")) {
    up += 1;
    rest = rest.slice(3);
  }
  if (rest === "..") {
    up += 1;
    rest = "";
  }
  if (rest === "this" || rest === ".") rest = "";
  else if (/^this[./]/.test(rest)) rest = rest.slice(5);
  else if (rest.startsWith("./")) rest = rest.slice(2);
  const parts: string[] = [];
  const segment = /\[([^\]]*)\]|([^./[\]\s]+)/y;
  let position = 0;
  while (position < rest.length) {
    segment.lastIndex = position;
    const match = segment.exec(rest);
    if (!match) throw new TemplateSyntaxError(`Invalid expression "${word}"`);
    parts.push(match[1] ?? match[2]!);
    position = segment.lastIndex;
    if (position === rest.length) break;
    if (!".//".includes(rest[position]!) || position + 1 === rest.length) {
      throw new TemplateSyntaxError(`Invalid expression "${word}"`);
    }
    position += 1;
  }
  if (data && parts.length === 0) throw new TemplateSyntaxError(`Invalid expression "${word}"`);
  return { kind: "path", data, up, parts };
}

// ---------------------------------------------------------------- render

interface Frame {
  context: unknown;
  data: Record<string, unknown>;
  params: Map<string, unknown>;
  parent: Frame | null;
}

function render_nodes(nodes: Node[], frame: Frame, insert: (text: string) => string): string {
  let out = "";
  for (const node of nodes) {
    if (node.kind === "text") out += node.text;
    else if (node.kind === "mustache") out += insert(render_mustache(node, frame));
    else out += render_block(node, frame, insert);
  }
  return out;
}

function render_mustache(node: Extract<Node, { kind: "mustache" }>, frame: Frame): string {
  const values = node.args.map((arg) => evaluate(arg, frame));
  const value = node.helper === "lookup" ? own_property(values[0], values[1]) : values[0];
  const text = to_text(value);
  return node.raw ? text : escape_html(text);
}

function render_block(
  node: Extract<Node, { kind: "block" }>,
  frame: Frame,
  insert: (text: string) => string,
): string {
  const value = evaluate(node.args[0]!, frame);
  const child = (context: unknown, data: Record<string, unknown>, params: unknown[]): Frame => ({
    context,
    data: { ...frame.data, ...data },
    params: new Map(node.params.map((name, index) => [name, params[index]])),
    parent: frame,
  });
  switch (node.name) {
    case "if":
      return render_nodes(is_empty(value) ? node.inverse : node.body, frame, insert);
    case "unless":
      return render_nodes(is_empty(value) ? node.body : node.inverse, frame, insert);
    case "with":
      if (is_empty(value)) return render_nodes(node.inverse, frame, insert);
      return render_nodes(node.body, child(value, {}, [value]), insert);
    default:
      return render_each(node, value, child, frame, insert);
  }
}

function render_each(
  node: Extract<Node, { kind: "block" }>,
  value: unknown,
  child: (context: unknown, data: Record<string, unknown>, params: unknown[]) => Frame,
  frame: Frame,
  insert: (text: string) => string,
): string {
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : value !== null && typeof value === "object"
      ? Object.keys(value).map((key) => [key, (value as Record<string, unknown>)[key]])
      : [];
  if (entries.length === 0) return render_nodes(node.inverse, frame, insert);
  return entries
    .map(([key, item], index) => {
      const data = {
        index,
        key,
        first: index === 0,
        last: index === entries.length - 1,
      };
      return render_nodes(node.body, child(item, data, [item, key]), insert);
    })
    .join("");
}

function evaluate(operand: Operand, frame: Frame): unknown {
  if (operand.kind === "literal") return operand.value;
  let target: Frame = frame;
  for (let i = 0; i < operand.up && target.parent; i++) target = target.parent;
  const [head, ...tail] = operand.parts;
  let value: unknown;
  if (operand.data) {
    value = head === undefined ? undefined : target.data[head];
  } else if (head !== undefined && operand.up === 0 && find_param(target, head).found) {
    value = find_param(target, head).value;
  } else {
    value = head === undefined ? target.context : own_property(target.context, head);
  }
  for (const part of tail) value = own_property(value, part);
  return value;
}

function find_param(frame: Frame | null, name: string): { found: boolean; value: unknown } {
  for (let current = frame; current; current = current.parent) {
    if (current.params.has(name)) return { found: true, value: current.params.get(name) };
  }
  return { found: false, value: undefined };
}

function own_property(target: unknown, key: unknown): unknown {
  if (target === null || target === undefined) return undefined;
  const name = String(key);
  const boxed = Object(target) as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(boxed, name) || (name === "length" && name in boxed)) {
    return boxed[name];
  }
  return undefined;
}

/** Handlebars' notion of "nothing": false, 0, "", null, undefined, NaN and []. */
export function is_empty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return !value;
}

function to_text(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value);
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#x27;",
  "`": "&#x60;",
  "=": "&#x3D;",
};

/** Escape text for HTML the way Handlebars does (`& < > " ' \` =`). */
export function escape_html(text: string): string {
  return text.replace(/[&<>"'`=]/g, (char) => HTML_ESCAPES[char]!);
}
