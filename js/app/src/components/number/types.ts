import type { SharedProps } from "../contract";

/** Config props of `gr.Number`. */
export interface NumberProps extends SharedProps {
  /** Hint shown while empty. @defaultValue null */
  placeholder?: string | null;
  /** Decimal places to round to; 0 makes it an integer; null: no rounding. @defaultValue null */
  precision?: number | null;
  /** Smallest allowed value. @defaultValue null */
  minimum?: number | null;
  /** Largest allowed value. @defaultValue null */
  maximum?: number | null;
  /** Increment of the arrow keys and spinner. @defaultValue 1 */
  step?: number;
  /** Extra buttons (not drawn by the number box). @defaultValue [] */
  buttons?: unknown[];
}
