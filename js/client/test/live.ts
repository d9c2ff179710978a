/**
 * The live client tests, written once and run against each server (real Gradio 6 and
 * radiogram): the same calls must give the same results.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, AuthError, Client, handle_file, type GradioMessage, type StatusMessage } from "../src/index.js";
import { serve, type Served } from "./serve.js";

const APP = new URL("./apps/live_app.py", import.meta.url).pathname;

export function live_suite(server_name: string, python: string): void {
  describe(`the JS client against ${server_name}`, () => {
    let served: Served;
    let client: Client;

    beforeAll(async () => {
      served = await serve(python, APP);
      client = await Client.connect(served.url);
    }, 90_000);

    afterAll(async () => {
      client?.close();
      await served?.stop();
    });

    it("predicts with positional arguments", async () => {
      const result = await client.predict("/greet", ["World", "?"]);
      expect(result.data).toEqual(["Hello World?"]);
    });

    it("predicts with arguments by parameter name, using defaults for the rest", async () => {
      const result = await client.predict("greet", { name: "Ada" });
      expect(result.data).toEqual(["Hello Ada!"]);
    });

    it("streams a generator's values with diffs applied, and progress", async () => {
      const messages: GradioMessage[] = [];
      for await (const message of client.submit("/count", [3])) messages.push(message);
      const data = messages.filter((m) => m.type === "data").map((m) => m.data[0]);
      expect(data.at(-1)).toBe("line 0\nline 1\nline 2\n");
      expect(data).toContain("line 0\nline 1\n");
      const statuses = messages.filter((m): m is StatusMessage => m.type === "status");
      expect(statuses.some((s) => s.progress_data?.[0]?.desc === "counting")).toBe(true);
      expect(statuses.at(-1)?.stage).toBe("complete");
    });

    it("cancels a running generator", async () => {
      const job = client.submit("/slow", [20]);
      const seen: GradioMessage[] = [];
      for await (const message of job) {
        seen.push(message);
        if (message.type === "data") await job.cancel();
      }
      const data = seen.filter((m) => m.type === "data");
      expect(data.length).toBeLessThan(5);
      expect(seen.at(-1)).toMatchObject({ type: "status", stage: "complete", cancelled: true });
    });

    it("uploads a file given as a Blob and sends its FileData", async () => {
      const file = handle_file(new Blob(["hello file"]), "note.txt");
      const result = await client.predict("/file_info", [file]);
      expect(result.data).toEqual(["note.txt:10"]);
    });

    it("uploads a local file given by path (Node)", async () => {
      const dir = mkdtempSync(join(tmpdir(), "rg-upload-"));
      const path = join(dir, "local.bin");
      writeFileSync(path, new Uint8Array(1234));
      const result = await client.predict("/file_info", { path: handle_file(path) });
      expect(result.data).toEqual(["local.bin:1234"]);
    });

    it("uploads files directly and serves them back", async () => {
      const [data] = await client.upload_files([new Blob(["abc"], { type: "text/plain" })]);
      expect(data?.meta).toEqual({ _type: "gradio.FileData" });
      const response = await fetch(client.file_url(data!));
      expect(await response.text()).toBe("abc");
    });

    it("rejects with the app's gr.Error message", async () => {
      await expect(client.predict("/fail", ["X"])).rejects.toThrow(AppError);
      await expect(client.predict("/fail", ["X"])).rejects.toMatchObject({ message: "custom failure: X" });
    });

    it("yields gr.Warning as a log message", async () => {
      const messages: GradioMessage[] = [];
      for await (const message of client.submit("/warn", ["fire"])) messages.push(message);
      expect(messages).toContainEqual(expect.objectContaining({ type: "log", level: "warning", log: "careful with fire" }));
      expect(messages.filter((m) => m.type === "data").at(-1)?.data).toEqual(["FIRE"]);
    });

    it("keeps State per session and leaves it out of the parameters", async () => {
      expect((await client.predict("/accumulate", [2])).data[0]).toBe(2);
      expect((await client.predict("/accumulate", [5])).data[0]).toBe(7);
      const other = await Client.connect(served.url);
      expect((await other.predict("/accumulate", [1])).data[0]).toBe(1);
      other.close();
    });

    it("runs concurrent jobs over the one session stream", async () => {
      const results = await Promise.all(["a", "b", "c"].map((n) => client.predict("/greet", [n, "."])));
      expect(results.map((r) => r.data[0])).toEqual(["Hello a.", "Hello b.", "Hello c."]);
    });

    it("describes the API", async () => {
      const api = await client.view_api();
      const greet = api.named_endpoints["/greet"];
      expect(greet?.parameters.map((p) => p.parameter_name)).toEqual(["name", "punctuation"]);
      expect(greet?.parameters[1]).toMatchObject({ parameter_has_default: true, parameter_default: "!" });
      expect(api.named_endpoints["/accumulate"]?.parameters).toHaveLength(1);
    });
  });

  describe(`the JS client logging in to ${server_name}`, () => {
    let served: Served;

    beforeAll(async () => {
      served = await serve(python, APP, { RADIOGRAM_TEST_AUTH: "ada:lovelace" });
    }, 90_000);

    afterAll(async () => {
      await served?.stop();
    });

    it("logs in with auth and then calls endpoints", async () => {
      const client = await Client.connect(served.url, { auth: ["ada", "lovelace"] });
      expect((await client.predict("/greet", ["you", "!"])).data).toEqual(["Hello you!"]);
      client.close();
    });

    it("refuses wrong credentials and a missing login", async () => {
      await expect(Client.connect(served.url, { auth: ["ada", "wrong"] })).rejects.toThrow(AuthError);
      await expect(Client.connect(served.url)).rejects.toThrow(/requires a login/);
    });
  });
}
