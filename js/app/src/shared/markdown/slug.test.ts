import { describe, expect, it } from "vitest";
import { Slugger, slugify } from "./slug";

describe("slugify", () => {
  it("lower-cases words and joins them with dashes", () => {
    expect(slugify("Hello, World!")).toBe("hello-world");
  });

  it("keeps letters of any script", () => {
    expect(slugify("Größe und Ölpreis")).toBe("größe-und-ölpreis");
  });
});

describe("Slugger", () => {
  it("suffixes repeated headings so every id is unique", () => {
    const slugger = new Slugger();
    expect([slugger.next("Intro"), slugger.next("Intro"), slugger.next("Intro")]).toEqual([
      "intro",
      "intro-1",
      "intro-2",
    ]);
  });

  it("names a heading without word characters 'section'", () => {
    expect(new Slugger().next("!!!")).toBe("section");
  });
});
