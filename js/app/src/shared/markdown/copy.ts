/**
 * Copy buttons of rendered code blocks. Attach once to the element holding rendered
 * Markdown; one delegated listener serves every block, however often the HTML changes.
 */

/** Listen for clicks on `.copy_code_button`s under `node`; returns the detach function. */
export function handleCodeCopy(node: HTMLElement, copied_ms = 2000): () => void {
  const on_click = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    const button = target?.closest(".copy_code_button");
    if (!button || !node.contains(button)) return;
    const code = button.parentElement?.querySelector("pre code")?.textContent ?? "";
    void navigator.clipboard?.writeText(code).then(() => {
      button.classList.add("copied");
      setTimeout(() => button.classList.remove("copied"), copied_ms);
    });
  };
  node.addEventListener("click", on_click);
  return () => node.removeEventListener("click", on_click);
}
