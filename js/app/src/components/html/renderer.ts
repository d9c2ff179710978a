/**
 * One mounted `gr.HTML`: renders its templates into a root element, keeps its scoped
 * stylesheet, and runs `js_on_load` with a live `props` object.
 *
 * Writing `props.value` (or any prop) from `js_on_load` re-renders the template and, for
 * `value`, becomes the component's value for events. New props from Python re-render in
 * place (see `morph.ts`), so listeners attached by `js_on_load` keep working.
 */
import { scope_css } from "./css_scope";
import { morph_children } from "./morph";
import { to_fragment } from "./sanitize";
import { render_template } from "./template";

/** What the templates see and `js_on_load` may change. */
export type Scope = Record<string, unknown>;

/** Everything the renderer needs from its view, as plain data and callbacks. */
export interface RendererHost {
  /** Element whose children are the rendered template. */
  root: HTMLElement;
  /** CSS selector matching `root` only (e.g. `#html-3-1`). */
  scope_selector: string;
  /** Fire a Gradio event of this component. */
  dispatch(event: string, data?: unknown): void;
  /** `js_on_load` changed a prop the app owns (`value`, `label` or `visible`). */
  update_prop(name: string, value: unknown): void;
  /** Upload one file; resolves to its server path and URL. */
  upload(file: File): Promise<{ path: string; url: string | null | undefined }>;
  /** Show (or, with null, clear) a template error in place of the content. */
  show_error(message: string | null): void;
}

/** The templates and switches, as sent by Python. */
export interface Templates {
  html_template: string;
  css_template: string;
  sanitize: boolean;
  autoscroll: boolean;
}

const APP_OWNED = new Set(["value", "label", "visible"]);

export class HtmlRenderer {
  /** The object behind `props` in `js_on_load`; the templates' variables. */
  private readonly state: Scope = {};
  /** What `js_on_load` receives as `props`. */
  readonly props: Scope;
  private templates: Templates = { html_template: "", css_template: "", sanitize: true, autoscroll: false };
  private readonly style: HTMLStyleElement;
  private render_queued = false;
  private rendered = false;
  private last_value = "";
  private readonly watchers: { keys: string[]; callback: () => void }[] = [];

  constructor(private readonly host: RendererHost) {
    this.style = document.createElement("style");
    document.head.appendChild(this.style);
    this.props = new Proxy(this.state, {
      set: (target, key, next: unknown) => {
        if (typeof key !== "string") return Reflect.set(target, key, next);
        const changed = !Object.is(target[key], next);
        target[key] = next;
        if (changed) this.changed_from_js(key, next);
        return true;
      },
    });
  }

  /** Apply props from the app (first mount or an update from Python) and re-render. */
  sync(scope: Scope, templates: Templates): void {
    const changed = Object.keys(scope).filter((key) => !same(this.state[key], scope[key]));
    const new_templates = !same(this.templates, templates);
    for (const key of changed) this.state[key] = scope[key];
    this.templates = templates;
    if (!this.rendered) {
      this.rendered = true;
      this.last_value = JSON.stringify(scope.value) ?? "";
      this.render();
      return;
    }
    if (changed.length === 0 && !new_templates) return;
    // The runtime fires `change` for values it sets; just remember the new one.
    if (changed.includes("value")) this.last_value = JSON.stringify(scope.value) ?? "";
    this.render();
    this.notify_watchers(changed);
  }

  /** Run the developer's `js_on_load` once, after the first render. */
  run_js_on_load(code: string | null | undefined): void {
    if (!code) return;
    const trigger = (event: string, data?: unknown): void => this.host.dispatch(event, data);
    const watch = (keys: string | string[], callback: () => void): void => {
      this.watchers.push({ keys: typeof keys === "string" ? [keys] : keys, callback });
    };
    const upload = (file: File): Promise<{ path: string; url: string | null | undefined }> =>
      this.host.upload(file);
    try {
      const run = new Function("element", "trigger", "props", "server", "upload", "watch", code);
      const result: unknown = run(this.host.root, trigger, this.props, {}, upload, watch);
      if (result instanceof Promise) result.catch(report_js_error);
    } catch (error) {
      report_js_error(error);
    }
  }

  /** Remove the stylesheet; the view removes the root element. */
  destroy(): void {
    this.style.remove();
  }

  private changed_from_js(key: string, next: unknown): void {
    if (APP_OWNED.has(key)) this.host.update_prop(key, next);
    if (key === "value") this.note_value(next);
    if (this.render_queued) return;
    this.render_queued = true;
    queueMicrotask(() => {
      this.render_queued = false;
      this.render();
    });
  }

  /** `js_on_load` set the value: fire `change` if it really differs from the last one. */
  private note_value(next: unknown): void {
    const text = JSON.stringify(next) ?? "";
    if (text === this.last_value) return;
    this.last_value = text;
    this.host.dispatch("change");
  }

  private render(): void {
    const { html_template, css_template, sanitize } = this.templates;
    const errors: string[] = [];
    const follow = this.templates.autoscroll && near_bottom(this.host.root);
    try {
      const html = render_template(html_template, this.state);
      morph_children(this.host.root, to_fragment(html, sanitize));
    } catch (error) {
      console.error("Error evaluating template:", error);
      errors.push(message_of(error));
    }
    try {
      const css = css_template ? render_template(css_template, this.state) : "";
      const scoped = css.trim() ? scope_css(css, this.host.scope_selector) : "";
      if (this.style.textContent !== scoped) this.style.textContent = scoped;
    } catch (error) {
      console.error("Error evaluating CSS template:", error);
      errors.push(`css_template: ${message_of(error)}`);
    }
    this.host.show_error(errors.length ? errors.join("; ") : null);
    if (follow) scrollable_parent(this.host.root).scrollTop = Number.MAX_SAFE_INTEGER;
  }

  private notify_watchers(changed: string[]): void {
    for (const { keys, callback } of this.watchers) {
      if (!keys.some((key) => changed.includes(key))) continue;
      try {
        callback();
      } catch (error) {
        report_js_error(error);
      }
    }
  }
}

function same(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);
}

function message_of(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function report_js_error(error: unknown): void {
  console.error("Error executing js_on_load:", error);
}

/** The nearest scrolling ancestor, or the page. */
function scrollable_parent(element: HTMLElement): Element {
  let box: HTMLElement | null = element.parentElement;
  while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  return box ?? document.scrollingElement ?? document.documentElement;
}

function near_bottom(element: HTMLElement): boolean {
  const box = scrollable_parent(element);
  return box.scrollHeight - box.scrollTop - box.clientHeight < 100;
}
