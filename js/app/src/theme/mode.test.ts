import { describe, expect, it } from "vitest";
import { forced_mode, initial_mode } from "./mode.js";

describe("light and dark mode", () => {
  it("follow ?__theme= when given", () => {
    expect(initial_mode("?__theme=dark", false)).toBe("dark");
    expect(initial_mode("?x=1&__theme=light", true)).toBe("light");
  });

  it("follow the system otherwise", () => {
    expect(initial_mode("", true)).toBe("dark");
    expect(initial_mode("?__theme=purple", false)).toBe("light");
    expect(forced_mode("?__theme=purple")).toBeNull();
  });
});
