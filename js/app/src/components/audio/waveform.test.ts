import { describe, expect, it } from "vitest";
import { appendLevel, barCount, canTrim, computePeaks, dragRegion, fractionAt, grabAt, initialRegion, nextSpeed, peakOf, regionBetween, skipSeconds, sliceChannels } from "./waveform";

describe("barCount", () => {
  it("fits 2 px bars with 3 px gaps", () => {
    expect(barCount(672)).toBe(135);
    expect(barCount(0)).toBe(1);
  });
});

describe("computePeaks", () => {
  it("takes the loudest sample of each slice and scales the loudest bar to 1", () => {
    const samples = new Float32Array([0.1, -0.2, 0.05, 0.1, -0.4, 0.2, 0, 0]);
    expect(computePeaks(samples, 4)).toEqual([0.5, 0.25, 1, 0]);
  });
  it("gives zeros for silence and for no samples", () => {
    expect(computePeaks(new Float32Array(10), 3)).toEqual([0, 0, 0]);
    expect(computePeaks(new Float32Array(0), 2)).toEqual([0, 0]);
  });
  it("repeats samples when there are more bars than samples", () => {
    expect(computePeaks(new Float32Array([0.5, 1]), 4)).toEqual([0.5, 0.5, 1, 1]);
  });
});

describe("fractionAt and regionBetween", () => {
  it("clamps positions to the clip", () => {
    expect(fractionAt(50, 200)).toBe(0.25);
    expect(fractionAt(-5, 200)).toBe(0);
    expect(fractionAt(500, 200)).toBe(1);
  });
  it("orders the two drag ends and turns them into seconds", () => {
    expect(regionBetween(0.75, 0.25, 4)).toEqual({ start: 1, end: 3 });
    expect(regionBetween(-1, 2, 4)).toEqual({ start: 0, end: 4 });
  });
  it("starts trimming on the second quarter", () => {
    expect(initialRegion(4)).toEqual({ start: 1, end: 2 });
  });
  it("allows a trim that keeps a real part shorter than the clip", () => {
    expect(canTrim({ start: 1, end: 3 }, 4)).toBe(true);
    expect(canTrim({ start: 0, end: 4 }, 4)).toBe(false);
    expect(canTrim({ start: 2, end: 2 }, 4)).toBe(false);
    expect(canTrim(null, 4)).toBe(false);
  });
});

describe("sliceChannels", () => {
  it("cuts every channel at the region's sample indices", () => {
    const left = new Float32Array([0, 1, 2, 3, 4, 5, 6, 7]);
    const right = left.map((v) => -v);
    const [a, b] = sliceChannels([left, right], 2, { start: 1, end: 2.5 });
    expect(Array.from(a ?? [])).toEqual([2, 3, 4]);
    expect(Array.from(b ?? [])).toEqual([-2, -3, -4]);
  });
  it("stays inside the samples", () => {
    expect(sliceChannels([new Float32Array(4)], 2, { start: 1, end: 10 })[0]?.length).toBe(2);
  });
});

describe("nextSpeed", () => {
  it("cycles 1x, 1.5x, 2x, 0.5x", () => {
    expect([1, 1.5, 2, 0.5, 3].map(nextSpeed)).toEqual([1.5, 2, 0.5, 1, 1]);
  });
});

describe("skipSeconds", () => {
  it("skips skip_length percent of the clip", () => {
    expect(skipSeconds(3, 5)).toBe(0.15);
    expect(skipSeconds(2, 5)).toBe(0.1);
    expect(skipSeconds(0, 5)).toBe(0);
  });
});

describe("live levels", () => {
  it("takes a block's loudest sample, at most 1", () => {
    expect(peakOf(new Float32Array([0.1, -0.6, 0.3]))).toBeCloseTo(0.6);
    expect(peakOf(new Float32Array([2]))).toBe(1);
    expect(peakOf(new Float32Array(0))).toBe(0);
  });
  it("keeps the newest levels that fit", () => {
    expect(appendLevel([0.1, 0.2], 0.3, 2)).toEqual([0.2, 0.3]);
    expect(appendLevel([], 0.5, 3)).toEqual([0.5]);
  });
});

describe("dragging the trim region", () => {
  const region = { start: 1, end: 2 };
  it("grabs an edge near it, the region inside it, else starts a new one", () => {
    expect(grabAt(region, 0.26, 4, 0.02)).toBe("start");
    expect(grabAt(region, 0.5, 4, 0.02)).toBe("end");
    expect(grabAt(region, 0.4, 4, 0.02)).toBe("move");
    expect(grabAt(region, 0.9, 4, 0.02)).toBe("new");
    expect(grabAt(null, 0.4, 4, 0.02)).toBe("new");
  });
  it("moves the region whole, stopping at the clip's ends", () => {
    expect(dragRegion(region, "move", 0.4, 0.5, 4)).toEqual({ start: 1.4, end: 2.4 });
    expect(dragRegion(region, "move", 0.4, 1, 4)).toEqual({ start: 3, end: 4 });
    expect(dragRegion(region, "move", 0.4, 0, 4)).toEqual({ start: 0, end: 1 });
  });
  it("resizes by one edge, swapping edges when dragged past the other", () => {
    expect(dragRegion(region, "end", 0.5, 0.75, 4)).toEqual({ start: 1, end: 3 });
    expect(dragRegion(region, "start", 0.25, 0.75, 4)).toEqual({ start: 2, end: 3 });
  });
  it("draws a new region between the press and the pointer", () => {
    expect(dragRegion(region, "new", 0.75, 0.5, 4)).toEqual({ start: 2, end: 3 });
  });
});
