import { describe, expect, it } from "vitest";
import { categoryColors, colorOf, mergeUnlabelled, modeOf, relabel, sameSpans, scoreBackground, selectData, splitSpan } from "./highlighted_text";

const spans = [
  { token: "Ann", class_or_confidence: "PER" },
  { token: " went to ", class_or_confidence: null },
  { token: "Paris", class_or_confidence: "LOC" },
  { token: " in ", class_or_confidence: null },
  { token: "May", class_or_confidence: "DATE" },
];

describe("modeOf", () => {
  it("is categories as soon as one span has a string label", () => {
    expect(modeOf(spans)).toBe("categories");
  });

  it("is scores when the labels are numbers, plain without any", () => {
    expect(modeOf([{ token: "a", class_or_confidence: -0.5 }, { token: "b", class_or_confidence: null }])).toBe("scores");
    expect(modeOf([{ token: "a", class_or_confidence: null }])).toBe("plain");
    expect(modeOf(null)).toBe("plain");
  });
});

describe("categoryColors", () => {
  it("gives palette colours in order of appearance", () => {
    const colors = categoryColors(spans, null);
    expect([...colors.keys()]).toEqual(["PER", "LOC", "DATE"]);
    expect(colors.get("PER")).toEqual({ primary: "#dc2626", secondary: "#fee2e2" });
    expect(colors.get("DATE")?.primary).toBe("#2563eb");
  });

  it("lists the color_map first and counts its entries before picking palette colours", () => {
    const colors = categoryColors(spans, { LOC: "green" });
    expect([...colors.keys()]).toEqual(["LOC", "PER", "DATE"]);
    expect(colors.get("PER")?.primary).toBe("#16a34a");
    expect(colors.get("DATE")?.primary).toBe("#2563eb");
  });

  it("keeps a CSS colour of the color_map, paler behind the text", () => {
    expect(colorOf("#FFEE22")).toEqual({ primary: "#FFEE22", secondary: "color-mix(in srgb, #FFEE22 50%, transparent)" });
  });
});

describe("scoreBackground", () => {
  it("is purple for negative scores and red for positive ones, alpha from the magnitude", () => {
    expect(scoreBackground(-1)).toBe("rgba(128, 90, 213, 1)");
    expect(scoreBackground(0.5)).toBe("rgba(239, 68, 60, 0.5)");
    expect(scoreBackground(3)).toBe("rgba(239, 68, 60, 1)");
  });

  it("leaves zero and unscored spans uncoloured", () => {
    expect(scoreBackground(0)).toBeUndefined();
    expect(scoreBackground(null)).toBeUndefined();
  });
});

describe("editing", () => {
  it("selecting sends the span's text and category with its index", () => {
    expect(selectData(spans, 2)).toEqual({ index: 2, value: ["Paris", "LOC"] });
    expect(selectData(spans, 1)).toEqual({ index: 1, value: [" went to ", null] });
  });

  it("relabels one span and clears it with a blank label, leaving the others", () => {
    const renamed = relabel(spans, 2, " CITY ");
    expect(renamed[2]).toEqual({ token: "Paris", class_or_confidence: "CITY" });
    expect(renamed[0]).toBe(spans[0]);
    expect(relabel(spans, 0, "")[0]).toEqual({ token: "Ann", class_or_confidence: null });
    expect(relabel(spans, 0, null)[0]?.class_or_confidence).toBeNull();
  });
});

describe("labelling selected text", () => {
  const plain = [{ token: "Ann met Bo", class_or_confidence: null }];

  it("cuts the selected part out as its own unlabelled span", () => {
    const { spans: cut, index } = splitSpan(plain, 0, 4, 7);
    expect(cut.map((s) => s.token)).toEqual(["Ann ", "met", " Bo"]);
    expect(index).toBe(1);
  });

  it("keeps the outer parts' label and skips empty parts", () => {
    const { spans: cut, index } = splitSpan([{ token: "New York", class_or_confidence: "LOC" }], 0, 0, 3);
    expect(cut).toEqual([
      { token: "New", class_or_confidence: null },
      { token: " York", class_or_confidence: "LOC" },
    ]);
    expect(index).toBe(0);
  });

  it("joins unlabelled neighbours back when a label is cleared", () => {
    const { spans: cut } = splitSpan(plain, 0, 4, 7);
    expect(mergeUnlabelled(cut)).toEqual(plain);
    expect(mergeUnlabelled(spans)).toEqual(spans);
  });

  it("compares span lists by text and label", () => {
    expect(sameSpans(spans, spans.map((s) => ({ ...s })))).toBe(true);
    expect(sameSpans(spans, relabel(spans, 0, "X"))).toBe(false);
    expect(sameSpans(plain, [{ token: "Ann met Bo" }])).toBe(true);
  });
});
