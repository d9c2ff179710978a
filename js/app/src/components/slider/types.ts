import type { SharedProps } from "../contract";

/** Config props of `gr.Slider`. */
export interface SliderProps extends SharedProps {
  /** Left end of the range. @defaultValue 0 */
  minimum?: number;
  /** Right end of the range. @defaultValue 100 */
  maximum?: number;
  /** Increment between values (the server fills it when the app gives none). @defaultValue 1 */
  step?: number;
  /** Decimal places shown and kept; null: as many as `step` has. @defaultValue null */
  precision?: number | null;
  /** Corner buttons; absent or containing `"reset"` shows the reset button. @defaultValue null */
  buttons?: string[] | null;
}
