/** What layouts and the renderer share: the state, and how to fire events. */
import type { GradioContext } from "../components/contract.js";
import type { AppState } from "./state.svelte.js";

export interface AppContext {
  state: AppState;
  /** The GradioContext handed to component `id`. */
  gradio_for(id: number): GradioContext;
  /** Fire `event` on component `id` (layouts use it for tab/accordion events). */
  trigger(id: number, event: string, data?: unknown): void;
}
