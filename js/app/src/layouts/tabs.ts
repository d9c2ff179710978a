/** Which tab is selected: by the Tabs `selected` prop (a tab's `id`), else the first one. */

export interface TabInfo {
  /** The tabitem's component id. */
  node: number;
  /** The tab's own `id` prop, or its component id when it has none. */
  key: string | number;
  label: string;
  visible: boolean;
  interactive: boolean;
}

export function selected_key(tabs: TabInfo[], selected: unknown): string | number | null {
  const shown = tabs.filter((t) => t.visible);
  const chosen = shown.find((t) => t.key === selected || (typeof selected === "number" && t.node === selected));
  return chosen?.key ?? shown[0]?.key ?? null;
}

export function tab_info(node: number, props: Record<string, unknown> | undefined): TabInfo {
  const id = props?.id;
  return {
    node,
    key: typeof id === "string" || typeof id === "number" ? id : node,
    label: typeof props?.label === "string" ? props.label : "",
    visible: props?.visible !== false,
    interactive: props?.interactive !== false,
  };
}
