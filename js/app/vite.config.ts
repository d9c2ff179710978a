import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";

// The built page is served by the Python package, so it lands inside it. Several people
// building at once can each build elsewhere: RADIOGRAM_FRONTEND_DIR (read by the server too).
const outDir =
  process.env.RADIOGRAM_FRONTEND_DIR ??
  fileURLToPath(new URL("../../gradio/templates/frontend", import.meta.url));

// `RADIOGRAM_DEV_BACKEND=http://127.0.0.1:7860 npm run dev` serves this page in front of a
// running app (radiogram or real Gradio): the page fetches `config` and talks to the API
// through these proxies.
const backend = process.env.RADIOGRAM_DEV_BACKEND;
const proxy = backend
  ? Object.fromEntries(["/config", "/gradio_api", "/login", "/logout"].map((path) => [path, backend]))
  : undefined;

export default defineConfig({
  plugins: [svelte()],
  server: { proxy },
  base: "./",
  // The manifest (.vite/manifest.json) tells the server which chunks each component needs,
  // so the page can preload them (gradio/server/preload.py).
  build: { outDir, emptyOutDir: true, assetsDir: "assets", target: "es2022", manifest: true },
});
