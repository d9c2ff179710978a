import { describe, expect, it } from "vitest";
import { content_push, is_phone } from "./sidebar.js";

describe("sidebar push", () => {
  it("pushes the content 30 px past an open sidebar", () => {
    expect(content_push(true, 320, 32, 1280)).toBe(318);
  });

  it("pushes a centred page on a wide screen less", () => {
    expect(content_push(true, 320, 114, 1700)).toBe(236);
    expect(content_push(true, 320, 400, 2400)).toBe(0);
  });

  it("does not push when closed or on a phone", () => {
    expect(content_push(false, 320, 32, 1280)).toBe(0);
    expect(content_push(true, 320, 32, 768)).toBe(0);
  });

  it("treats 768 px and narrower as a phone", () => {
    expect(is_phone(390)).toBe(true);
    expect(is_phone(768)).toBe(true);
    expect(is_phone(769)).toBe(false);
  });
});
