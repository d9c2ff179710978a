/** Read the protocol captures of a real Gradio 6.31 server (tests/fixtures/captures). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DIR = fileURLToPath(new URL("../../../tests/fixtures/captures/", import.meta.url));

export function capture(name: string): string {
  return readFileSync(DIR + name, "utf8");
}
