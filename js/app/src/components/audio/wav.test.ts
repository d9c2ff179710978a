import { describe, expect, it } from "vitest";
import { encodeWav, SampleQueue } from "./wav";

describe("encodeWav", () => {
  it("writes a 44-byte PCM header then little-endian 16-bit samples", () => {
    const bytes = encodeWav([new Float32Array([0, 1, -1, 0.5])], 48000);
    const view = new DataView(bytes.buffer);
    expect(new TextDecoder().decode(bytes.slice(0, 4))).toBe("RIFF");
    expect(new TextDecoder().decode(bytes.slice(8, 16))).toBe("WAVEfmt ");
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(48000);
    expect(view.getUint32(40, true)).toBe(8);
    expect(bytes.length).toBe(52);
    expect([0, 1, 2, 3].map((i) => view.getInt16(44 + 2 * i, true))).toEqual([0, 32767, -32768, 16384]);
  });

  it("sizes one second of 48 kHz mono like Gradio's streamed chunk (96 044 bytes)", () => {
    expect(encodeWav([new Float32Array(48000)], 48000).length).toBe(96044);
  });

  it("interleaves channels and clips out-of-range samples", () => {
    const bytes = encodeWav([new Float32Array([2, 0]), new Float32Array([-2, 0])], 8000);
    const view = new DataView(bytes.buffer);
    expect(view.getUint16(32, true)).toBe(4);
    expect(view.getInt16(44, true)).toBe(32767);
    expect(view.getInt16(46, true)).toBe(-32768);
  });
});

describe("SampleQueue", () => {
  it("joins the blocks pushed since the last take, copying them", () => {
    const queue = new SampleQueue();
    const block = new Float32Array([1, 2]);
    queue.push(block);
    block[0] = 9;
    queue.push(new Float32Array([3]));
    expect(Array.from(queue.take())).toEqual([1, 2, 3]);
    expect(queue.take().length).toBe(0);
  });
});
