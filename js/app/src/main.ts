/**
 * Entry: read the config the server put in the page (`window.gradio_config`,
 * `window.gradio_api_info`), or fetch `config` next to the page when it is absent (the
 * Vite dev server in front of a running app), apply the theme and the app's head/css, and
 * mount the app in <gradio-app>.
 */
import "./theme/variables.css";
import "./theme/global.css";
import type { ApiInfo, Config } from "@radiogram/client";
import { mount } from "svelte";
import App from "./app/App.svelte";
import { apply_css, apply_head, page_root } from "./app/page.js";

declare global {
  interface Window {
    gradio_config?: Config;
    gradio_api_info?: ApiInfo;
  }
}

async function start(): Promise<void> {
  const root = page_root(location.href);
  const config = window.gradio_config ?? ((await (await fetch("config")).json()) as Config);
  const target = document.querySelector("gradio-app") ?? document.body;
  if (config.title) document.title = config.title;
  apply_head(config.head);
  apply_css(config.css);
  mount(App, { target, props: { config, api_info: window.gradio_api_info ?? null, root } });
}

void start();
