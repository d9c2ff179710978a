import { describe, expect, it } from "vitest";
import { labelView } from "./label";

describe("labelView", () => {
  it("puts the top class in the heading and one row per confidence", () => {
    const view = labelView(
      {
        label: "long",
        confidences: [
          { label: "long", confidence: 0.8 },
          { label: "short", confidence: 0.2 },
        ],
      },
      true,
    );
    expect(view.heading).toBe("long");
    expect(view.rows.map((r) => [r.name, r.percent])).toEqual([
      ["long", "80%"],
      ["short", "20%"],
    ]);
    expect(view.rows[0]?.width).toBeCloseTo(80);
  });

  it("shows a plain label without rows, even with the heading switched off", () => {
    expect(labelView({ label: "cat", confidences: null }, false)).toEqual({ heading: "cat", rows: [] });
  });

  it("hides the heading above bars when show_heading is false", () => {
    const view = labelView({ label: "a", confidences: [{ label: "a", confidence: 1 }] }, false);
    expect(view.heading).toBeNull();
    expect(view.rows).toHaveLength(1);
  });

  it("draws nothing for an empty value", () => {
    expect(labelView({}, true)).toEqual({ heading: null, rows: [] });
    expect(labelView(null, true)).toEqual({ heading: null, rows: [] });
  });

  it("keeps numeric classes and clamps odd confidences into 0..100%", () => {
    const view = labelView(
      {
        label: 2,
        confidences: [
          { label: 2, confidence: 1.7 },
          { label: 1, confidence: null },
          { label: 0, confidence: -0.5 },
        ],
      },
      true,
    );
    expect(view.heading).toBe("2");
    expect(view.rows.map((r) => [r.label, r.percent])).toEqual([
      [2, "100%"],
      [1, "0%"],
      [0, "0%"],
    ]);
  });

  it("rounds percentages to whole numbers", () => {
    expect(labelView({ label: "x", confidences: [{ label: "x", confidence: 0.3333 }] }, true).rows[0]?.percent).toBe("33%");
  });
});
