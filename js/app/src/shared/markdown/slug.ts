/** Heading ids for `header_links`: readable, stable, unique within one rendered document. */

/** Lower-case words joined by `-`: `"Hello, World!"` → `"hello-world"`. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/<[^>]*>/g, "")
    .replace(/&[a-z0-9#]+;/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/[\s_]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Hands out slugs, suffixing repeats: `intro`, `intro-1`, `intro-2`. */
export class Slugger {
  #seen = new Map<string, number>();

  /** The unique slug for this heading text. */
  next(text: string): string {
    const base = slugify(text) || "section";
    const count = this.#seen.get(base);
    this.#seen.set(base, (count ?? -1) + 1);
    return count === undefined ? base : `${base}-${count + 1}`;
  }
}
