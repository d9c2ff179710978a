/**
 * `js=` functions from the config: source text like `"(x) => x.toUpperCase()"` or
 * `"async () => [null, null]"`, compiled once and called with the event's input values.
 */

type JsFunction = (...args: unknown[]) => unknown;

const cache = new Map<string, JsFunction>();

/** Compile the source of a `js=` function (cached by source). */
export function compile_js(source: string): JsFunction {
  let fn = cache.get(source);
  if (!fn) {
    const made = new Function(`return (${source.trim()});`)() as unknown;
    if (typeof made !== "function") throw new Error(`js= is not a function: ${source.slice(0, 80)}`);
    fn = made as JsFunction;
    cache.set(source, fn);
  }
  return fn;
}

/** Run a `js=` function on the input values (awaiting it when it is async). */
export async function run_js(source: string, inputs: unknown[]): Promise<unknown> {
  return await compile_js(source)(...inputs);
}
