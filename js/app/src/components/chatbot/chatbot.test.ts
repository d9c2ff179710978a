import { describe, expect, it } from "vitest";
import {
  chatButtons,
  conversationText,
  copyText,
  dragHeight,
  durationLabel,
  editPayload,
  fileKind,
  groupMessages,
  lastOptions,
  lastUserMessage,
  likePayload,
  likedValue,
  messageText,
  nestThoughts,
  optionPayload,
  splitFeedback,
  withEditedText,
  withWatermark,
} from "./chatbot";
import type { Message } from "./types";

const text = (role: string, t: string, metadata: Message["metadata"] = null): Message => ({
  role,
  metadata,
  content: [{ type: "text", text: t }],
  options: null,
});

// The conversation Gradio 6.31 was observed with (see the brief's capture of like/retry/copy).
const chat: Message[] = [
  text("user", "Hello **there**"),
  text("assistant", "Hi!"),
  text("assistant", "second part"),
  text("assistant", "Thinking...", { title: "Tool used", status: "done", duration: 1.5 }),
];

describe("groupMessages", () => {
  it("merges consecutive messages of one role into one bubble", () => {
    const groups = groupMessages(chat);
    expect(groups.map((g) => [g.role, g.start, g.items.length])).toEqual([
      ["user", 0, 1],
      ["bot", 1, 3],
    ]);
  });
  it("keeps one bubble per message when grouping is off", () => {
    expect(groupMessages(chat, false)).toHaveLength(4);
  });
  it("gives groups keys that do not change while a reply streams in", () => {
    const before = groupMessages(chat.slice(0, 2)).map((g) => g.key);
    const after = groupMessages([...chat, text("user", "next")]).map((g) => g.key);
    expect(after.slice(0, 2)).toEqual(before);
    expect(new Set(after).size).toBe(after.length);
  });
  it("reads a legacy string content as one text part", () => {
    expect(messageText({ role: "user", content: "plain" })).toBe("plain");
  });
});

describe("event payloads", () => {
  const bot = groupMessages(chat)[1]!;
  it("like sends the group's first index, every text, and true/false/the option", () => {
    expect(likePayload(bot, "Like")).toEqual({ index: 1, value: ["Hi!", "second part", "Thinking..."], liked: true });
    expect(likePayload(bot, "Dislike").liked).toBe(false);
    expect(likePayload(bot, "Wrong").liked).toBe("Wrong");
    expect(likedValue("Like")).toBe(true);
  });
  it("retry and undo point at the last user message", () => {
    const more = [...chat, text("user", "q2"), text("user", "q2b"), text("assistant", "a2")];
    expect(lastUserMessage(more)).toEqual({ index: 5, value: "q2b" });
    expect(lastUserMessage([text("assistant", "hi")])).toBeNull();
  });
  it("copy joins a group's messages and indents a thought under its title", () => {
    expect(copyText(bot)).toBe("Hi!\nsecond part\nTool used\n  Thinking...\n");
  });
  it("edit sends the new text, the old one and the content parts", () => {
    expect(editPayload(0, "Hello", "Edited")).toEqual({
      index: 0,
      _dispatch_value: [{ type: "text", text: "Edited" }],
      value: "Edited",
      previous_value: "Hello",
    });
  });
  it("an edit replaces only the edited message's text", () => {
    const edited = withEditedText(chat, new Map([[0, "Edited"]]));
    expect(messageText(edited[0]!)).toBe("Edited");
    expect(edited[1]).toBe(chat[1]);
  });
});

describe("thoughts", () => {
  it("nest messages under their parent thought by id", () => {
    const items = [
      text("assistant", "outer", { title: "Plan", id: 1 }),
      text("assistant", "inner", { title: "Step", id: 2, parent_id: 1 }),
      text("assistant", "answer"),
    ].map((message, index) => ({ index, message }));
    const tree = nestThoughts(items);
    expect(tree.map((n) => n.item.index)).toEqual([0, 2]);
    expect(tree[0]!.children.map((n) => n.item.index)).toEqual([1]);
  });
  it("label durations like Gradio", () => {
    expect(durationLabel(1.5)).toBe("1.5s");
    expect(durationLabel(2)).toBe("2s");
    expect(durationLabel(undefined)).toBe("");
  });
});

describe("buttons and files", () => {
  it("show copy per message by default and copy_all only when asked", () => {
    expect(chatButtons(null)).toEqual({ copy: true, copy_all: false });
    expect(chatButtons(["copy_all"])).toEqual({ copy: false, copy_all: true });
  });
  it("split feedback options into thumbs and a menu", () => {
    expect(splitFeedback(["Like", "Dislike", "Wrong"])).toEqual({ thumbs: ["Dislike", "Like"], extra: ["Wrong"] });
    expect(splitFeedback(null).thumbs).toEqual(["Dislike", "Like"]);
  });
  it("recognise media by MIME type or extension", () => {
    expect(fileKind("image/png", "x")).toBe("image");
    expect(fileKind(null, "drawing.SVG")).toBe("image");
    expect(fileKind(null, "song.mp3")).toBe("audio");
    expect(fileKind("video/mp4", "clip")).toBe("video");
    expect(fileKind(null, "report.pdf")).toBe("file");
  });
});

describe("option buttons", () => {
  const offer = (role: string, t: string, options: Message["options"]): Message => ({ ...text(role, t), options });
  const colours = [{ value: "red", label: "Red!" }, { value: "blue" }];

  it("are the last message's options when the last bubble is the assistant's", () => {
    const groups = groupMessages([text("user", "pick"), offer("assistant", "a", []), offer("assistant", "b", colours)]);
    expect(lastOptions(groups)).toEqual(colours);
  });

  it("disappear once the user has replied, and when the last message has none", () => {
    expect(lastOptions(groupMessages([offer("assistant", "a", colours), text("user", "red")]))).toEqual([]);
    expect(lastOptions(groupMessages([offer("assistant", "a", colours), text("assistant", "b")]))).toEqual([]);
    expect(lastOptions([])).toEqual([]);
  });

  it("send the index and value of the clicked option, as Gradio", () => {
    expect(optionPayload(colours, 0)).toEqual({ index: 0, value: "red" });
    expect(optionPayload(colours, 5)).toBeNull();
  });
});

describe("dragHeight", () => {
  it("adds the pointer's move to the block's current height", () => {
    expect(dragHeight(300, 500, 540)).toBe(340);
    expect(dragHeight(300, 500, 450)).toBe(250);
    expect(dragHeight(20, 500, 400)).toBe(0);
  });
});

describe("copying with a watermark", () => {
  it("copy_all gives one role-prefixed paragraph per part, then the watermark", () => {
    const file: Message = {
      role: "assistant",
      content: [{ type: "file", file: { path: "/a.png", url: "http://x/a.png" } }],
    };
    const messages = [text("user", "Hi <b>x</b>"), text("assistant", "One"), file];
    expect(conversationText(messages)).toBe("user: Hi <b>x</b>\n\nassistant: One\n\nassistant: http://x/a.png");
    expect(conversationText([text("user", "Hi")], "WM")).toBe("user: Hi\n\nWM");
  });

  it("a copied message gets the watermark after a blank line, none without one", () => {
    expect(withWatermark("Hi", "WM")).toBe("Hi\n\nWM");
    expect(withWatermark("Hi", null)).toBe("Hi");
  });
});
