import type { SharedProps } from "../contract";

/** Config props of `gr.Dataset` (the examples table of `gr.Examples` and Interface). */
export interface DatasetProps extends SharedProps {
  /** The example rows; each row has one cell per component. @defaultValue [] */
  samples?: unknown[][];
  /** Column titles (the components' labels). @defaultValue [] */
  headers?: string[];
  /** The components the columns belong to: their config type names. @defaultValue [] */
  components?: { name: string; class_id?: string }[];
  /** Config props of each column's component. @defaultValue [] */
  component_props?: Record<string, unknown>[];
  /** Ids of the input components the examples fill. @defaultValue [] */
  component_ids?: number[];
  /** Rows shown per page. @defaultValue 10 */
  samples_per_page?: number;
  /** What the server passes the function: the index, the values, or both. @defaultValue "values" */
  type?: "values" | "index" | "tuple";
  /** Force a table or a gallery of buttons; null: gallery for one component, else table. @defaultValue null */
  layout?: "gallery" | "table" | null;
  /** Labels shown instead of the samples (a gallery of named examples). @defaultValue null */
  sample_labels?: string[] | null;
}
