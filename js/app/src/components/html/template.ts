/**
 * `gr.HTML` templates: Handlebars first, then the result evaluated as a JavaScript template
 * literal with every prop in scope, as Gradio does, so both `{{label}}` and
 * `${value.length}` work in one template (and `{{x}}` may even sit inside a `${...}`).
 *
 * Text inserted by Handlebars is escaped for the template literal (`\`, backtick and `${`),
 * so a value can never smuggle a `${...}` expression into the second pass.
 */
import { compile, TemplateSyntaxError, type Compiled } from "./handlebars";

export { TemplateSyntaxError };

/** A template failed to parse or to evaluate; `message` says why. */
export class TemplateError extends Error {
  override name = "TemplateError";
}

const compiled_handlebars = new Map<string, Compiled>();
const compiled_literals = new Map<string, (...values: unknown[]) => unknown>();
const CACHE_LIMIT = 256;

/**
 * Render `template` with the props of `scope` as variables.
 *
 * Parameters:
 *   template: the developer's `html_template` or `css_template`.
 *   scope: `value`, `label`, `visible` and every extra prop.
 * Returns the rendered text; throws {@link TemplateError} with a readable message.
 */
export function render_template(template: string, scope: Record<string, unknown>): string {
  let expanded: string;
  try {
    expanded = cached(compiled_handlebars, template, () => compile(template)).render(
      scope,
      escape_for_literal,
    );
  } catch (error) {
    throw new TemplateError(describe(error));
  }
  const names = Object.keys(scope).filter(is_usable_name);
  const key = `${names.join(",")}\u0000${expanded}`;
  try {
    const fn = cached(compiled_literals, key, () => new Function(...names, `return \`${expanded}\`;`));
    return String(fn(...names.map((name) => scope[name])));
  } catch (error) {
    throw new TemplateError(describe(error));
  }
}

/** Escape text so that, inside a JS template literal, it evaluates back to itself. */
export function escape_for_literal(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
}

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends " +
    "false finally for function if import in instanceof new null return super switch this throw " +
    "true try typeof var void while with yield let static implements interface package private " +
    "protected public await arguments eval"
  ).split(" "),
);

/** Props whose names are not JavaScript identifiers cannot be variables; they stay on `props`. */
function is_usable_name(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED.has(name);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const made = make();
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, made);
  return made;
}
