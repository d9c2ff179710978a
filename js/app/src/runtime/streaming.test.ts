import { describe, expect, it } from "vitest";
import { FakeBackend, FakeView, dep, settle } from "./fakes.js";
import { Runtime } from "./runtime.js";

function webcam_app() {
  const view = new FakeView([
    { id: 1, type: "image", value: "frame 1" },
    { id: 2, type: "image" },
  ]);
  const backend = new FakeBackend();
  const deps = [dep({ id: 0, targets: [[1, "stream"]], inputs: [1], outputs: [2], connection: "stream", trigger_mode: "multiple" })];
  return { view, backend, runtime: new Runtime(deps, backend, view) };
}

describe("streaming inputs", () => {
  it("the first chunk joins, later chunks go to the open event, and outputs update each time", async () => {
    const { view, backend, runtime } = webcam_app();
    runtime.trigger(1, "stream", "frame 1");
    await settle();
    expect(backend.jobs.map((j) => j.call.data)).toEqual([["frame 1"]]);
    const job = backend.jobs[0]!;
    job.push({ type: "data", data: ["out 1"] } as never);
    await settle();
    expect(view.value(2)).toBe("out 1");

    view.set_value(1, "frame 2");
    runtime.trigger(1, "stream", "frame 2");
    view.set_value(1, "frame 3");
    runtime.trigger(1, "stream", "frame 3");
    await settle();
    expect(backend.jobs).toHaveLength(1);
    expect(job.chunks).toEqual([["frame 2"], ["frame 3"]]);
    job.push({ type: "data", data: ["out 3"] } as never);
    await settle();
    expect(view.value(2)).toBe("out 3");
  });

  it("close_stream closes the open event, and a chunk after its end starts a new one", async () => {
    const { backend, runtime } = webcam_app();
    runtime.trigger(1, "stream");
    await settle();
    runtime.trigger(1, "close_stream");
    expect(backend.jobs[0]!.closed).toBe(true);
    backend.jobs[0]!.succeed("last");
    await settle();
    runtime.trigger(1, "stream");
    await settle();
    expect(backend.jobs).toHaveLength(2);
    expect(backend.jobs[0]!.chunks).toEqual([]);
  });
});
