/** The config's `head`, `css` and `js`, applied to the page once. */

/** Add the app's custom CSS in a <style> element. */
export function apply_css(css: string | null | undefined): void {
  if (!css) return;
  const style = document.createElement("style");
  style.textContent = css;
  document.head.appendChild(style);
}

/** Add the app's `head` HTML; scripts are re-created so that they run. */
export function apply_head(head: string | null | undefined): void {
  if (!head) return;
  const template = document.createElement("template");
  template.innerHTML = head;
  for (const node of [...template.content.childNodes]) {
    if (node instanceof HTMLScriptElement) {
      const script = document.createElement("script");
      for (const attr of [...node.attributes]) script.setAttribute(attr.name, attr.value);
      script.textContent = node.textContent;
      document.head.appendChild(script);
    } else document.head.appendChild(node);
  }
}

/** Run the app's `js` (a function's source) once the page is up. */
export async function run_app_js(js: string | null | undefined): Promise<void> {
  if (!js) return;
  try {
    const fn = new Function(`return (${js.trim()});`)() as unknown;
    if (typeof fn === "function") await (fn as () => unknown)();
  } catch (error) {
    console.error("the app's js= failed:", error);
  }
}

/** The app's base URL from the page address (works behind proxies and sub-paths). */
export function page_root(href: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname.replace(/\/[^/]*$/, "")}`;
}
