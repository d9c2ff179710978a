/**
 * gr.Sidebar placement, as on Gradio: on a phone (up to 768 px) the open sidebar covers the
 * whole width; wider, it keeps its width and pushes the page so the content starts 30 px past
 * its edge, e.g. a 320 px sidebar and a page whose content starts at 32 px get 318 px of
 * padding (content at 350 px); a centred page on a wide screen needs less, or none.
 */

/** Widest viewport (px) where the sidebar is an overlay across the whole page. */
export const PHONE_MAX_WIDTH = 768;

/** Space (px) between the sidebar's edge and the pushed content. */
export const CONTENT_GAP = 30;

export function is_phone(viewport_width: number): boolean {
  return viewport_width <= PHONE_MAX_WIDTH;
}

/**
 * Padding (px) on the sidebar's side of the page content.
 *
 * Parameters:
 *   open: whether the sidebar is open.
 *   sidebar_width: its width in px.
 *   content_offset: the distance (px) from the sidebar's window edge to the content.
 *   viewport_width: the window width in px.
 */
export function content_push(open: boolean, sidebar_width: number, content_offset: number, viewport_width: number): number {
  if (!open || is_phone(viewport_width)) return 0;
  return Math.max(0, sidebar_width + CONTENT_GAP - content_offset);
}
