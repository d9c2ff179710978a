import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeBackend, FakeView, dep, settle } from "./fakes.js";
import { Runtime } from "./runtime.js";

function greet_app() {
  const view = new FakeView([
    { id: 1, type: "textbox", value: "World" },
    { id: 2, type: "textbox" },
    { id: 3, type: "button" },
  ]);
  const backend = new FakeBackend();
  const deps = [dep({ id: 0, targets: [[3, "click"], [1, "submit"]], inputs: [1], outputs: [2] })];
  return { view, backend, runtime: new Runtime(deps, backend, view) };
}

describe("triggering dependencies", () => {
  it("a click sends the inputs with the trigger id and shows the result", async () => {
    const { view, backend, runtime } = greet_app();
    runtime.trigger(3, "click");
    await settle();
    expect(backend.jobs[0]?.call).toMatchObject({ fn_index: 0, data: ["World"], trigger_id: 3 });
    backend.jobs[0]!.succeed("Hello World!");
    await settle();
    expect(view.value(2)).toBe("Hello World!");
  });

  it("every target of a dependency triggers it, and other events do not", async () => {
    const { backend, runtime } = greet_app();
    runtime.trigger(1, "change");
    runtime.trigger(1, "submit", "World");
    await settle();
    expect(backend.jobs.map((j) => [j.call.trigger_id, j.call.event_data])).toEqual([[1, "World"]]);
  });

  it("load events fire on start with target id 0", async () => {
    const view = new FakeView([{ id: 1, type: "textbox" }]);
    const backend = new FakeBackend();
    const runtime = new Runtime([dep({ id: 0, targets: [[0, "load"]], outputs: [1] })], backend, view);
    runtime.start([1]);
    await settle();
    expect(backend.jobs[0]?.call).toMatchObject({ fn_index: 0, trigger_id: 0 });
  });

  it("load events target the root block, which is not 0 for an app built after another", async () => {
    const view = new FakeView([{ id: 41, type: "textbox" }]);
    const backend = new FakeBackend();
    const runtime = new Runtime([dep({ id: 0, targets: [[40, "load"]], outputs: [41] })], backend, view);
    runtime.start([41], 40);
    await settle();
    expect(backend.jobs[0]?.call).toMatchObject({ fn_index: 0, trigger_id: 40 });
  });

  it("State inputs are sent as null and State outputs never overwritten", async () => {
    const view = new FakeView([
      { id: 1, type: "number", value: 4 },
      { id: 2, type: "state", value: 10 },
      { id: 3, type: "button" },
    ]);
    const backend = new FakeBackend();
    const runtime = new Runtime([dep({ id: 0, targets: [[3, "click"]], inputs: [1, 2], outputs: [1, 2] })], backend, view);
    runtime.trigger(3, "click");
    await settle();
    expect(backend.jobs[0]?.call.data).toEqual([4, null]);
    backend.jobs[0]!.succeed(14, null);
    await settle();
    expect([view.value(1), view.value(2)]).toEqual([14, 10]);
  });
});

describe("chains run client side", () => {
  function chain(mode: "then" | "success" | "failure") {
    const view = new FakeView([
      { id: 1, type: "textbox", value: "a" },
      { id: 2, type: "textbox" },
      { id: 3, type: "button" },
    ]);
    const backend = new FakeBackend();
    const deps = [
      dep({ id: 0, targets: [[3, "click"]], inputs: [1], outputs: [2] }),
      dep({
        id: 1,
        targets: [[null, mode]],
        inputs: [2],
        outputs: [1],
        trigger_after: 0,
        trigger_only_on_success: mode === "success",
        trigger_only_on_failure: mode === "failure",
      }),
    ];
    return { view, backend, runtime: new Runtime(deps, backend, view) };
  }

  it(".then starts after the first step completes, with its outputs as inputs", async () => {
    const { backend, runtime } = chain("then");
    runtime.trigger(3, "click");
    await settle();
    expect(backend.jobs).toHaveLength(1);
    backend.jobs[0]!.succeed("b");
    await settle();
    expect(backend.jobs[1]?.call).toMatchObject({ fn_index: 1, data: ["b"], trigger_id: 3, event_data: null });
  });

  it(".then does not follow a failure (as Gradio 6.31's page: only .failure steps do)", async () => {
    const { backend, runtime } = chain("then");
    runtime.trigger(3, "click");
    await settle();
    backend.jobs[0]!.fail("no");
    await settle();
    expect(backend.of(1)).toHaveLength(0);
  });

  it(".success follows only success and .failure only failure", async () => {
    for (const [mode, fails, runs] of [
      ["success", false, 1],
      ["success", true, 0],
      ["failure", true, 1],
      ["failure", false, 0],
    ] as const) {
      const { backend, runtime } = chain(mode);
      runtime.trigger(3, "click");
      await settle();
      if (fails) backend.jobs[0]!.fail("no");
      else backend.jobs[0]!.succeed("b");
      await settle();
      expect(backend.of(1), `${mode} after ${fails ? "failure" : "success"}`).toHaveLength(runs);
    }
  });

  it("a step after a cancelled one runs with trigger id null", async () => {
    const { backend, runtime } = chain("then");
    runtime.trigger(3, "click");
    await settle();
    await backend.jobs[0]!.cancel();
    await settle();
    expect(backend.of(1)[0]?.call.trigger_id).toBeNull();
  });
});

describe("trigger_mode", () => {
  function app(mode: "once" | "multiple" | "always_last") {
    const view = new FakeView([{ id: 1, type: "textbox", value: "x" }, { id: 2, type: "textbox" }]);
    const backend = new FakeBackend();
    const deps = [dep({ id: 0, targets: [[1, "change"]], inputs: [1], outputs: [2], trigger_mode: mode })];
    return { view, backend, runtime: new Runtime(deps, backend, view) };
  }

  it("once drops triggers while running", async () => {
    const { backend, runtime } = app("once");
    runtime.trigger(1, "change");
    runtime.trigger(1, "change");
    await settle();
    backend.jobs[0]!.succeed("1");
    await settle();
    expect(backend.jobs).toHaveLength(1);
  });

  it("multiple runs every trigger at once", async () => {
    const { backend, runtime } = app("multiple");
    runtime.trigger(1, "change");
    runtime.trigger(1, "change");
    await settle();
    expect(backend.jobs).toHaveLength(2);
  });

  it("always_last runs only the latest trigger after the current run, with the latest value", async () => {
    const { view, backend, runtime } = app("always_last");
    runtime.trigger(1, "change", "x");
    view.set_value(1, "xy");
    runtime.trigger(1, "change", "xy");
    view.set_value(1, "xyz");
    runtime.trigger(1, "change", "xyz");
    await settle();
    expect(backend.jobs).toHaveLength(1);
    backend.jobs[0]!.succeed("1");
    await settle();
    expect(backend.jobs.map((j) => j.call.event_data)).toEqual(["x", "xyz"]);
    expect(backend.jobs[1]?.call.data).toEqual(["xyz"]);
  });
});

describe("js= functions", () => {
  it("a js-only listener sets its outputs without calling the server", async () => {
    const view = new FakeView([
      { id: 1, type: "textbox", value: "a" },
      { id: 2, type: "textbox", value: "b" },
      { id: 3, type: "button" },
    ]);
    const backend = new FakeBackend();
    const runtime = new Runtime(
      [dep({ id: 0, targets: [[3, "click"]], outputs: [1, 2], backend_fn: false, js: "() => [null, null]" })],
      backend,
      view,
    );
    runtime.trigger(3, "click");
    await settle();
    expect([view.value(1), view.value(2)]).toEqual([null, null]);
    expect(backend.jobs).toHaveLength(0);
  });

  it("a js function before the backend replaces the inputs it sends", async () => {
    const view = new FakeView([{ id: 1, type: "textbox", value: "abc" }, { id: 2, type: "textbox" }, { id: 3, type: "button" }]);
    const backend = new FakeBackend();
    const runtime = new Runtime(
      [dep({ id: 0, targets: [[3, "click"]], inputs: [1], outputs: [2], js: "async (x) => x.toUpperCase()" })],
      backend,
      view,
    );
    runtime.trigger(3, "click");
    await settle();
    expect(backend.jobs[0]?.call.data).toEqual(["ABC"]);
  });
});

describe("applying outputs", () => {
  function one_output() {
    const view = new FakeView([
      { id: 1, type: "textbox", value: "old", props: { label: "out", visible: true } },
      { id: 3, type: "button" },
    ]);
    const backend = new FakeBackend();
    const deps = [
      dep({ id: 0, targets: [[3, "click"]], outputs: [1] }),
      dep({ id: 1, targets: [[1, "change"]], inputs: [1] }),
    ];
    return { view, backend, runtime: new Runtime(deps, backend, view) };
  }

  it("an update dict changes props and the value", async () => {
    const { view, backend, runtime } = one_output();
    runtime.trigger(3, "click");
    await settle();
    backend.jobs[0]!.succeed({ __type__: "update", label: "new label", visible: false, value: "updated" });
    await settle();
    expect(view.props(1)).toMatchObject({ label: "new label", visible: false });
    expect(view.value(1)).toBe("updated");
  });

  it("a changed value fires the component's change event, an unchanged one does not", async () => {
    const { backend, runtime } = one_output();
    runtime.trigger(3, "click");
    await settle();
    backend.jobs[0]!.succeed("old");
    await settle();
    expect(backend.of(1)).toHaveLength(0);
    runtime.trigger(3, "click");
    await settle();
    backend.of(0)[1]!.succeed("new");
    await settle();
    expect(backend.of(1)).toHaveLength(1);
  });

  it("gr.skip() leaves the component untouched", async () => {
    const { view, backend, runtime } = one_output();
    runtime.trigger(3, "click");
    await settle();
    backend.jobs[0]!.succeed({ __type__: "update" });
    await settle();
    expect(view.value(1)).toBe("old");
    expect(view.props(1)).toEqual({ label: "out", visible: true });
  });

  it("streamed values replace each other as they arrive", async () => {
    const { view, backend, runtime } = one_output();
    runtime.trigger(3, "click");
    await settle();
    const job = backend.jobs[0]!;
    job.push({ type: "data", data: ["he"] });
    await settle();
    expect(view.value(1)).toBe("he");
    job.succeed("hello");
    await settle();
    expect(view.value(1)).toBe("hello");
  });
});

describe("status and toasts", () => {
  it("outputs show pending, queue position, progress, then nothing", async () => {
    const { view, backend, runtime } = greet_app();
    runtime.trigger(3, "click");
    await settle();
    const job = backend.jobs[0]!;
    job.push({ type: "status", stage: "pending", position: 1, size: 2, eta: 3 });
    job.push({ type: "status", stage: "pending", progress_data: [{ index: 1, length: 3, unit: "steps", progress: null, desc: "x" }] });
    job.succeed("done");
    await settle();
    const seen = view.statuses.get(2)!;
    expect(seen[0]).toMatchObject({ status: "pending", show_progress: "full" });
    expect(seen[1]).toMatchObject({ queue_position: 1, queue_size: 2, eta: 3 });
    expect(seen[2]?.progress?.[0]).toMatchObject({ index: 1, length: 3 });
    expect(seen.at(-1)).toBeNull();
  });

  it("a streamed value restarts the time shown and keeps the progress", async () => {
    const view = new FakeView([{ id: 2, type: "textbox" }, { id: 3, type: "button" }]);
    const backend = new FakeBackend();
    let now = 0;
    const runtime = new Runtime([dep({ id: 0, targets: [[3, "click"]], inputs: [], outputs: [2] })], backend, view, () => now);
    runtime.trigger(3, "click");
    await settle();
    const job = backend.jobs[0]!;
    now = 2000;
    job.push({ type: "status", stage: "pending", progress_data: [{ index: 4, length: 8, unit: "steps", progress: null, desc: "counting" }] });
    job.push({ type: "status", stage: "generating" });
    await settle();
    now = 2500;
    job.push({ type: "status", stage: "pending", progress_data: [{ index: 5, length: 8, unit: "steps", progress: null, desc: "counting" }] });
    await settle();
    const seen = view.statuses.get(2)!;
    expect(seen[1]).toMatchObject({ status: "pending", elapsed: 2 });
    expect(seen[2]).toMatchObject({ status: "streaming", elapsed: 0 });
    expect(seen[3]).toMatchObject({ status: "streaming", elapsed: 0.5, progress: [{ index: 5 }] });
  });

  it("an error shows an error toast and the error in the outputs", async () => {
    const { view, backend, runtime } = greet_app();
    runtime.trigger(3, "click");
    await settle();
    backend.jobs[0]!.fail("custom failure");
    await settle();
    expect(view.toasts).toEqual([expect.objectContaining({ level: "error", title: "Error", message: "custom failure" })]);
    expect(view.statuses.get(2)!.at(-1)).toMatchObject({ status: "error", message: "custom failure" });
  });

  it("gr.Info and gr.Warning become toasts", async () => {
    const { view, backend, runtime } = greet_app();
    runtime.trigger(3, "click");
    await settle();
    backend.jobs[0]!.push({ type: "log", log: "careful", level: "warning", title: null, duration: 10, visible: true });
    backend.jobs[0]!.push({ type: "log", log: "fyi", level: "info", title: "Info", duration: null, visible: true });
    backend.jobs[0]!.succeed("x");
    await settle();
    expect(view.toasts.map((t) => [t.level, t.title, t.message])).toEqual([
      ["warning", "Warning", "careful"],
      ["info", "Info", "fyi"],
    ]);
  });
});

describe("cancels and timers", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a cancel listener stops the running events it names without calling the server", async () => {
    const view = new FakeView([{ id: 1, type: "textbox" }, { id: 3, type: "button" }, { id: 4, type: "button" }]);
    const backend = new FakeBackend();
    const deps = [
      dep({ id: 0, targets: [[3, "click"]], outputs: [1] }),
      dep({ id: 1, targets: [[4, "click"]], cancels: [0], types: { generator: false, cancel: true } }),
    ];
    const runtime = new Runtime(deps, backend, view);
    runtime.trigger(3, "click");
    await settle();
    runtime.trigger(4, "click");
    await settle();
    expect(backend.jobs).toHaveLength(1);
    expect(backend.jobs[0]?.call.cancelled).toBe(true);
  });

  it("a timer fires tick every interval while active, and an update can stop it", async () => {
    vi.useFakeTimers();
    const view = new FakeView([{ id: 2, type: "timer", value: 0.5, props: { active: true } }, { id: 3, type: "number" }]);
    const backend = new FakeBackend();
    const deps = [dep({ id: 0, targets: [[2, "tick"]], outputs: [3, 2], trigger_mode: "multiple" })];
    const runtime = new Runtime(deps, backend, view);
    runtime.start([2, 3]);
    await vi.advanceTimersByTimeAsync(1600);
    expect(backend.jobs).toHaveLength(3);
    expect(backend.jobs[0]?.call.trigger_id).toBe(2);
    backend.jobs[0]!.succeed(1, { __type__: "update", active: false });
    await vi.advanceTimersByTimeAsync(2000);
    expect(backend.jobs).toHaveLength(3);
    runtime.stop();
  });
});
