/**
 * The JSON viewer as a list of lines: each object/array opens on one line and closes on
 * another, so the view is a flat loop with line numbers, and folding is a set of paths.
 */

/** One rendered line. */
export interface JsonLine {
  /** Nesting level (0 for the root). */
  depth: number;
  /** Path of the node this line belongs to, e.g. `$.a.0`; the fold key. */
  path: string;
  /** Key shown before the value (`"name"` for objects, the index with show_indices), or null. */
  key: string | null;
  /** `open`: `{`/`[` line (foldable); `folded`: a folded container; `close`; `value`: a leaf. */
  kind: "open" | "folded" | "close" | "value";
  /** The text after the key: `{`, `[`, `}`, `]`, `{…} 3 items` or a leaf's JSON. */
  text: string;
  /** Leaf type for colouring: string, number, boolean, null; "punct" for brackets. */
  type: "string" | "number" | "boolean" | "null" | "punct";
  /** Whether a comma follows. */
  comma: boolean;
}

/** Which paths start folded: none when `open`, else containers at depth ≥ 3. */
export function initiallyFolded(value: unknown, open: boolean, max_depth = 3): Set<string> {
  const folded = new Set<string>();
  if (open) return folded;
  const visit = (node: unknown, path: string, depth: number): void => {
    if (!is_container(node)) return;
    if (depth >= max_depth && entries(node).length > 0) folded.add(path);
    for (const [key, child] of entries(node)) visit(child, `${path}.${key}`, depth + 1);
  };
  visit(value, "$", 0);
  return folded;
}

/** The lines showing `value` with the `folded` containers collapsed. */
export function jsonLines(value: unknown, folded: ReadonlySet<string>, show_indices = false): JsonLine[] {
  const lines: JsonLine[] = [];
  const walk = (node: unknown, path: string, depth: number, key: string | null, comma: boolean): void => {
    if (!is_container(node)) {
      lines.push({ depth, path, key, kind: "value", text: leaf_text(node), type: leaf_type(node), comma });
      return;
    }
    const children = entries(node);
    const [open, close] = Array.isArray(node) ? ["[", "]"] : ["{", "}"];
    if (children.length === 0) {
      lines.push({ depth, path, key, kind: "value", text: open + close, type: "punct", comma });
      return;
    }
    if (folded.has(path)) {
      const count = `${children.length} ${children.length === 1 ? "item" : "items"}`;
      lines.push({ depth, path, key, kind: "folded", text: `${open}…${close} ${count}`, type: "punct", comma });
      return;
    }
    lines.push({ depth, path, key, kind: "open", text: open, type: "punct", comma: false });
    children.forEach(([child_key, child], i) => {
      const shown_key = Array.isArray(node) ? (show_indices ? child_key : null) : JSON.stringify(child_key);
      walk(child, `${path}.${child_key}`, depth + 1, shown_key, i < children.length - 1);
    });
    lines.push({ depth, path, key: null, kind: "close", text: close, type: "punct", comma });
  };
  walk(value, "$", 0, null, false);
  return lines;
}

/** Fold an open container or unfold a folded one; returns a new set. */
export function toggleFold(folded: ReadonlySet<string>, path: string): Set<string> {
  const next = new Set(folded);
  if (!next.delete(path)) next.add(path);
  return next;
}

function is_container(node: unknown): node is Record<string, unknown> | unknown[] {
  return typeof node === "object" && node !== null;
}

function entries(node: Record<string, unknown> | unknown[]): [string, unknown][] {
  return Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
}

function leaf_text(node: unknown): string {
  if (node === undefined) return "null";
  return typeof node === "number" && !Number.isFinite(node) ? String(node) : JSON.stringify(node);
}

function leaf_type(node: unknown): JsonLine["type"] {
  if (typeof node === "string") return "string";
  if (typeof node === "number") return "number";
  if (typeof node === "boolean") return "boolean";
  return "null";
}
