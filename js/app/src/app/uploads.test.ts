import { describe, expect, it } from "vitest";
import type { FileData } from "../components/contract.js";
import { upload_with_progress, type ProgressStream, type UploadsState } from "./uploads.js";

class FakeStream implements ProgressStream {
  onmessage: ((event: MessageEvent<string>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  close(): void {
    this.closed = true;
  }
  send(message: object): void {
    this.onmessage?.(new MessageEvent("message", { data: JSON.stringify(message) }));
  }
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe("uploading with progress", () => {
  it("follows the progress stream of its upload id while the files go up", async () => {
    const state: UploadsState = { uploads: {} };
    const stream = new FakeStream();
    const opened: string[] = [];
    const posted = deferred<FileData[]>();
    const file = new File([new Uint8Array(1000)], "big.bin");
    const run = upload_with_progress(state, 7, [file], "abc", () => posted.promise, (upload_id) => {
      opened.push(upload_id);
      return stream;
    });
    expect(opened).toEqual(["abc"]);
    expect(state.uploads[7]?.files).toEqual([{ name: "big.bin", size: 1000, received: 0 }]);
    stream.send({ msg: "update", orig_name: "big.bin", chunk_size: 250 });
    expect(state.uploads[7]?.files[0]?.received).toBe(250);
    posted.resolve([{ path: "/tmp/big.bin" }]);
    expect(await run).toEqual([{ path: "/tmp/big.bin" }]);
    expect(state.uploads[7]).toBeUndefined();
    expect(stream.closed).toBe(true);
  });

  it("clears the progress when the upload fails", async () => {
    const state: UploadsState = { uploads: {} };
    const stream = new FakeStream();
    const failing = () => Promise.reject(new Error("413"));
    await expect(upload_with_progress(state, 1, [new File(["x"], "a")], "id", failing, () => stream)).rejects.toThrow("413");
    expect(state.uploads[1]).toBeUndefined();
    expect(stream.closed).toBe(true);
  });
});
