/**
 * Streaming diffs (protocol §6.4): the 2nd and later `process_generating` messages carry,
 * per output, a list of `[op, path, value]` edits to the previous value.
 *
 * Edits copy only the containers along their path, so the old value is never mutated and
 * every changed container is a new object (which is what reactive views need).
 */

export type DiffOp = [op: "replace" | "append" | "add" | "delete", path: (string | number)[], value: unknown];

/** Apply a list of edits, in order, to a value. `[]` leaves it unchanged. */
export function apply_diff(value: unknown, ops: DiffOp[]): unknown {
  let current = value;
  for (const [op, path, arg] of ops) current = apply_op(current, path, op, arg);
  return current;
}

type Container = Record<string | number, unknown> | unknown[];

function apply_op(target: unknown, path: (string | number)[], op: DiffOp[0], value: unknown): unknown {
  if (path.length === 0) {
    if (op === "replace") return value;
    if (op === "append") return concat(target, value);
    throw new Error(`diff: cannot ${op} at the root`);
  }
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (target === null || typeof target !== "object") {
    throw new Error(`diff: no container at key ${String(key)}`);
  }
  const copy: Container = Array.isArray(target) ? [...target] : { ...(target as Record<string, unknown>) };
  const slot = copy as Record<string | number, unknown>;
  if (rest.length > 0) {
    slot[key] = apply_op(slot[key], rest, op, value);
    return copy;
  }
  switch (op) {
    case "replace":
      slot[key] = value;
      break;
    case "append":
      slot[key] = concat(slot[key], value);
      break;
    case "add":
      if (Array.isArray(copy)) copy.splice(Number(key), 0, value);
      else slot[key] = value;
      break;
    case "delete":
      if (Array.isArray(copy)) copy.splice(Number(key), 1);
      else delete slot[key];
      break;
  }
  return copy;
}

function concat(old: unknown, tail: unknown): unknown {
  if (Array.isArray(old)) return [...old, ...(Array.isArray(tail) ? tail : [tail])];
  return String(old ?? "") + String(tail ?? "");
}
