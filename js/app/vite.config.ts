import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";

// The built page is served by the Python package, so it lands inside it. Several people
// building at once can each build elsewhere: RADIOGRAM_FRONTEND_DIR (read by the server too).
const outDir =
  process.env.RADIOGRAM_FRONTEND_DIR ??
  fileURLToPath(new URL("../../gradio/templates/frontend", import.meta.url));

export default defineConfig({
  plugins: [svelte()],
  base: "./",
  build: { outDir, emptyOutDir: true, assetsDir: "assets", target: "es2022" },
});
