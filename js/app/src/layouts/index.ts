/** Layout containers by config type. They are small, so they load with the app. */
import type { Component } from "svelte";
import Accordion from "./Accordion.svelte";
import Column from "./Column.svelte";
import Form from "./Form.svelte";
import Group from "./Group.svelte";
import Row from "./Row.svelte";
import Sidebar from "./Sidebar.svelte";
import Tab from "./Tab.svelte";
import Tabs from "./Tabs.svelte";
import type { LayoutProps } from "./types.js";

export const LAYOUTS: Record<string, Component<LayoutProps>> = {
  row: Row,
  column: Column,
  form: Form,
  group: Group,
  tabs: Tabs,
  tabitem: Tab,
  tab: Tab,
  accordion: Accordion,
  sidebar: Sidebar,
};
