import { describe, expect, it } from "vitest";
import { buttonClasses, buttonStyle, iconUrl, linkRel } from "./button";

describe("buttonClasses", () => {
  it("puts size then variant, then the app's classes", () => {
    expect(buttonClasses("sm", "stop", ["mine"])).toBe("sm stop mine");
    expect(buttonClasses(undefined, undefined)).toBe("lg secondary");
  });
});

describe("iconUrl", () => {
  const file_url = (d: { path: string }): string => `/gradio_api/file=${d.path}`;

  it("uses a string as it is and asks the app for a FileData's URL", () => {
    expect(iconUrl("https://x/i.png", file_url)).toBe("https://x/i.png");
    expect(iconUrl({ path: "/tmp/i.png" }, file_url)).toBe("/gradio_api/file=/tmp/i.png");
    expect(iconUrl(null, file_url)).toBeNull();
  });
});

describe("buttonStyle", () => {
  it("grows with scale and keeps a minimum width", () => {
    expect(buttonStyle(2, 160)).toBe("flex-grow: 2; width: 100%; min-width: min(160px, 100%)");
    expect(buttonStyle(0, null)).toBe("flex-grow: 0; width: fit-content");
    expect(buttonStyle(null, null)).toBe("");
  });
});

describe("linkRel", () => {
  it("adds noopener only for new windows", () => {
    expect(linkRel("_blank")).toBe("noopener noreferrer");
    expect(linkRel("_self")).toBeUndefined();
  });
});
