/**
 * Start a Python app file as a subprocess on a free port (real Gradio from `.venv-gradio`,
 * or radiogram from `.venv`) and wait until it answers.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
export const GRADIO_PYTHON = join(REPO, ".venv-gradio/bin/python");
export const RADIOGRAM_PYTHON = join(REPO, ".venv/bin/python");

export interface Served {
  url: string;
  stop(): Promise<void>;
}

export async function serve(python: string, app: string, env: Record<string, string> = {}): Promise<Served> {
  const port = await free_port();
  const log: string[] = [];
  const child = spawn(python, [app], {
    env: {
      ...process.env,
      GRADIO_SERVER_PORT: String(port),
      GRADIO_SERVER_NAME: "127.0.0.1",
      GRADIO_ANALYTICS_ENABLED: "False",
      GRADIO_TEMP_DIR: mkdtempSync(join(tmpdir(), "rg-client-")),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (b: Buffer) => log.push(b.toString()));
  child.stderr?.on("data", (b: Buffer) => log.push(b.toString()));
  const url = `http://127.0.0.1:${port}`;
  await wait_for(url, child, log);
  return { url, stop: () => stop(child) };
}

async function wait_for(url: string, child: ChildProcess, log: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}:\n${log.join("")}`);
    try {
      const response = await fetch(url + "/");
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill();
  throw new Error(`app did not start:\n${log.join("")}`);
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}

function free_port(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
