/** Reuse the Button view in components whose click does more than fire `click`. */
import type { GradioContext } from "../components/contract";

/**
 * A context for the shared Button view whose `click` runs `onclick` instead of reaching the
 * app directly; everything else goes to the app's context unchanged.
 */
export function interceptClick(gradio: GradioContext, onclick: () => void): GradioContext {
  return {
    dispatch: (event, data) => (event === "click" ? onclick() : gradio.dispatch(event, data)),
    upload: (files, upload_id) => gradio.upload(files, upload_id),
    file_url: (data) => gradio.file_url(data),
    get root() {
      return gradio.root;
    },
    get theme() {
      return gradio.theme;
    },
  };
}
