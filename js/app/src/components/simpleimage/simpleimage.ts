/** Pure logic of gr.SimpleImage: which events a user action fires, in order. */

/** What the user did: put an image in, or took it out. */
export type SimpleImageAction = "upload" | "clear";

/**
 * The events an action fires. The value changed, so `change` comes first, then the
 * action's own event (Gradio's SimpleImage has no `input` event).
 */
export function eventsFor(action: SimpleImageAction): string[] {
  return ["change", action];
}

/** The corner buttons of a shown image: download (output only, when allowed), clear (input). */
export function cornerButtons(interactive: boolean, show_download_button: boolean | undefined): {
  download: boolean;
  clear: boolean;
} {
  return { download: !interactive && show_download_button !== false, clear: interactive };
}
