import { describe, expect, it, vi } from "vitest";
import type { FileData, GradioContext } from "../contract";
import { interceptClick } from "../../shared/click_context";
import { downloadName, startDownload } from "./downloadbutton";

const report: FileData = { path: "/tmp/cache/abc/report.csv", url: "http://h/gradio_api/file=/tmp/cache/abc/report.csv", orig_name: "report.csv" };

describe("downloadName", () => {
  it("prefers the original name, then the path's last segment", () => {
    expect(downloadName(report)).toBe("report.csv");
    expect(downloadName({ path: "C:\\cache\\x\\data.bin" })).toBe("data.bin");
    expect(downloadName({ path: "/" })).toBe("file");
  });
});

describe("startDownload", () => {
  it("clicks a hidden link to the file's URL carrying its name, then removes it", () => {
    const clicked: { href: string; download: string }[] = [];
    const link = {
      href: "",
      download: "",
      style: { display: "" },
      click() {
        clicked.push({ href: this.href, download: this.download });
      },
      remove: vi.fn(),
    };
    const doc = { createElement: () => link, body: { appendChild: vi.fn() } } as unknown as Document;

    startDownload(doc, report, (d) => d.url ?? "");

    expect(clicked).toEqual([{ href: report.url, download: "report.csv" }]);
    expect(link.remove).toHaveBeenCalled();
  });
});

describe("interceptClick", () => {
  it("runs the handler for click and forwards every other event and helper", () => {
    const dispatch = vi.fn();
    const app: GradioContext = {
      dispatch,
      upload: vi.fn(async () => []),
      file_url: (d) => `u:${d.path}`,
      root: "http://h",
      theme: "dark",
    };
    const onclick = vi.fn();
    const context = interceptClick(app, onclick);

    context.dispatch("click");
    context.dispatch("change", 1);

    expect(onclick).toHaveBeenCalledOnce();
    expect(dispatch.mock.calls).toEqual([["change", 1]]);
    expect(context.file_url({ path: "p" })).toBe("u:p");
    expect([context.root, context.theme]).toEqual(["http://h", "dark"]);
  });
});
