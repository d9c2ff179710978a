import { describe, expect, it } from "vitest";
import { resolve_dependency } from "../src/payload.js";
import type { Config, DependencyConfig } from "../src/types.js";

function dependency(id: number, api_name: string): DependencyConfig {
  return {
    id, api_name, targets: [[1, "click"]], inputs: [], outputs: [], backend_fn: true, js: null,
    queue: true, show_progress: "full", cancels: [], types: { generator: false, cancel: false },
    trigger_after: null, trigger_only_on_success: false, trigger_only_on_failure: false,
    trigger_mode: "once",
  };
}

function config(dependencies: DependencyConfig[]): Config {
  return { components: [], dependencies } as unknown as Config;
}

describe("resolve_dependency", () => {
  it("finds a dependency by fn_index, name with or without slash", () => {
    const app = config([dependency(0, "greet"), dependency(1, "shout")]);
    expect(resolve_dependency(app, 1).api_name).toBe("shout");
    expect(resolve_dependency(app, "/greet").id).toBe(0);
    expect(resolve_dependency(app, "shout").id).toBe(1);
  });

  it("finds listeners a gr.render run added after the config's own", () => {
    const app = config([dependency(0, "render"), dependency(7, "lambda")]);
    expect(resolve_dependency(app, 7).id).toBe(7);
  });

  it("names what is missing", () => {
    const app = config([dependency(0, "greet")]);
    expect(() => resolve_dependency(app, 3)).toThrow("There is no fn_index 3");
    expect(() => resolve_dependency(app, "/nope")).toThrow("There is no endpoint matching /nope");
  });
});
