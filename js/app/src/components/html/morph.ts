/**
 * Update a live DOM subtree in place to match new content, keeping every node that can be
 * kept. Event listeners that `js_on_load` attached to those nodes therefore survive a
 * re-render (a star clicked in StarRating is still the same `<img>` afterwards).
 *
 * Nodes are matched by position; a node whose type or tag differs is replaced.
 */

/** Make the children of `target` match the children of `source` (which may be consumed). */
export function morph_children(target: Node, source: Node): void {
  const wanted = Array.from(source.childNodes);
  let current = target.firstChild;
  for (const next of wanted) {
    if (current === null) {
      target.appendChild(adopt(next));
      continue;
    }
    const following: ChildNode | null = current.nextSibling;
    if (same_kind(current, next)) {
      morph_node(current, next);
    } else {
      target.replaceChild(adopt(next), current);
    }
    current = following;
  }
  while (current !== null) {
    const following: ChildNode | null = current.nextSibling;
    target.removeChild(current);
    current = following;
  }
}

function morph_node(current: Node, next: Node): void {
  if (current instanceof Element && next instanceof Element) {
    const changed = sync_attributes(current, next);
    if (changed.has("value") || changed.has("checked")) sync_form_state(current, next);
    morph_children(current, next);
  } else if (current.nodeValue !== next.nodeValue) {
    current.nodeValue = next.nodeValue;
  }
}

function same_kind(a: Node, b: Node): boolean {
  if (a.nodeType !== b.nodeType) return false;
  if (a instanceof Element && b instanceof Element) {
    return a.tagName === b.tagName && a.namespaceURI === b.namespaceURI;
  }
  return true;
}

/** Copy `next`'s attributes onto `current`; return the names that changed. */
function sync_attributes(current: Element, next: Element): Set<string> {
  const changed = new Set<string>();
  for (const { name } of Array.from(current.attributes)) {
    if (!next.hasAttribute(name)) {
      current.removeAttribute(name);
      changed.add(name);
    }
  }
  for (const { name, value } of Array.from(next.attributes)) {
    if (current.getAttribute(name) !== value) {
      current.setAttribute(name, value);
      changed.add(name);
    }
  }
  return changed;
}

/**
 * `value`/`checked` attributes only set a field's initial state: when the template changes
 * them, carry the change to the live state (what the user typed otherwise stays).
 */
function sync_form_state(current: Element, next: Element): void {
  if (current instanceof HTMLInputElement && next instanceof HTMLInputElement) {
    if (current.value !== next.value) current.value = next.value;
    if (current.checked !== next.checked) current.checked = next.checked;
  } else if (current instanceof HTMLTextAreaElement && next instanceof HTMLTextAreaElement) {
    if (current.value !== next.value) current.value = next.value;
  }
}

function adopt(node: Node): Node {
  return document.importNode(node, true);
}
