import { describe, expect, it } from "vitest";
import { translate, translate_props } from "./i18n.js";

const i18n = (key: string): string => `__i18n__${JSON.stringify({ __type__: "translation_metadata", key })}`;

describe("translatable strings", () => {
  it("show the English text of known keys", () => {
    expect(translate(i18n("chat_interface.chatbot"))).toBe("Chatbot");
    expect(translate(i18n("chat_interface.message_placeholder"))).toBe("Type a message...");
  });

  it("show an unknown key's last part, and leave other values alone", () => {
    expect(translate(i18n("some.new_thing"))).toBe("New thing");
    expect(translate("plain")).toBe("plain");
    expect(translate(3)).toBe(3);
  });

  it("translate every prop of a component", () => {
    expect(translate_props({ label: i18n("chat_interface.chatbot"), scale: 1 })).toEqual({ label: "Chatbot", scale: 1 });
  });
});
