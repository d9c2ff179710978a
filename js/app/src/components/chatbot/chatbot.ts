/**
 * Pure logic of gr.Chatbot: normalising messages, grouping them into bubbles with stable
 * keys, and building the payloads of the like/retry/undo/edit/copy events exactly as Gradio 6
 * sends them.
 */
import type { ContentPart, Message, Metadata, OptionItem } from "./types";

/** A message with its position in the value (indexes go into event payloads). */
export interface Indexed {
  index: number;
  message: Message;
}

/** Consecutive messages of one role drawn as one bubble. */
export interface Group {
  /** Stable key: role and the index of the first message (appending never changes it). */
  key: string;
  role: string;
  /** Index of the first message in the group. */
  start: number;
  items: Indexed[];
}

/** Content as a list of parts: a legacy string becomes one text part. */
export function parts(message: Message): ContentPart[] {
  if (typeof message.content === "string") return [{ type: "text", text: message.content }];
  return Array.isArray(message.content) ? message.content : [];
}

/** All text of a message, parts joined by newlines. */
export function messageText(message: Message): string {
  return parts(message)
    .map((p) => (p.type === "text" ? p.text : ""))
    .filter(Boolean)
    .join("\n");
}

/** `assistant` (and Gradio's legacy `bot`) are drawn on the left; everything else as the user. */
export function side(role: string): "user" | "bot" {
  return role === "user" ? "user" : "bot";
}

/**
 * Group messages into bubbles. With `group_consecutive` off, every message is its own group.
 * Keys depend only on positions that do not move while a reply streams in, so the keyed
 * list reuses every existing node and only the growing text changes.
 */
export function groupMessages(messages: readonly Message[], group_consecutive = true): Group[] {
  const groups: Group[] = [];
  messages.forEach((message, index) => {
    const role = side(message.role);
    const last = groups[groups.length - 1];
    if (group_consecutive && last && last.role === role) {
      last.items.push({ index, message });
    } else {
      groups.push({ key: `${role}-${index}`, role, start: index, items: [{ index, message }] });
    }
  });
  return groups;
}

/** A thought (metadata with a title) and the messages nested under it by `parent_id`. */
export interface Node {
  item: Indexed;
  children: Node[];
}

/** Nest a group's messages under their `metadata.parent_id` thought; others stay top level. */
export function nestThoughts(items: readonly Indexed[]): Node[] {
  const by_id = new Map<string, Node>();
  const roots: Node[] = [];
  for (const item of items) {
    const node: Node = { item, children: [] };
    const meta = item.message.metadata;
    const parent = meta?.parent_id !== undefined ? by_id.get(String(meta.parent_id)) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
    if (meta?.id !== undefined) by_id.set(String(meta.id), node);
  }
  return roots;
}

/** Whether a message is a foldable thought (its metadata has a title). */
export function isThought(meta: Metadata | null | undefined): boolean {
  return !!meta && typeof meta.title === "string" && meta.title !== "";
}

/** `(1.5s)`-style duration label, or "" when unknown. */
export function durationLabel(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return "";
  return seconds >= 60 ? `${Math.floor(seconds / 60)}m ${Math.round(seconds % 60)}s` : `${Number(seconds.toFixed(1))}s`;
}

/** The text Gradio copies for a group: one line per message, thoughts as title + indented body. */
export function copyText(group: Group): string {
  return group.items
    .map(({ message }) => {
      const text = messageText(message);
      const meta = message.metadata;
      if (isThought(meta)) {
        const body = text
          .split("\n")
          .map((line) => `  ${line}`)
          .join("\n");
        return `${meta?.title}\n${body}\n`;
      }
      return text;
    })
    .join("\n");
}

/**
 * The whole conversation as copy_all puts it on the clipboard, as Gradio 6.31: one
 * `role: text` (or `role: url` for a file) paragraph per message part, then the watermark.
 */
export function conversationText(messages: readonly Message[], watermark: string | null = null): string {
  const lines = messages.flatMap((m) =>
    parts(m).map((p) => `${m.role}: ${p.type === "text" ? p.text : p.type === "file" ? (p.file.url ?? "") : ""}`),
  );
  return withWatermark(lines.join("\n\n"), watermark);
}

/** Copied text with the Chatbot's `watermark` after a blank line (the copy event omits it). */
export function withWatermark(text: string, watermark: string | null | undefined): string {
  return watermark ? `${text}\n\n${watermark}` : text;
}

/** What a feedback option sends as `liked`: Like → true, Dislike → false, others their name. */
export function likedValue(option: string): boolean | string {
  if (option === "Like") return true;
  if (option === "Dislike") return false;
  return option;
}

/** The `like` event data: the group's first index and every message's text. */
export function likePayload(group: Group, option: string): { index: number; value: unknown[]; liked: boolean | string } {
  return { index: group.start, value: group.items.map(({ message }) => messageValue(message)), liked: likedValue(option) };
}

/** A message's value in event payloads: its text, or the file when it has no text. */
export function messageValue(message: Message): unknown {
  const list = parts(message);
  const text = messageText(message);
  if (text || list.length === 0) return text;
  const first = list[0];
  return first?.type === "file" ? first.file : first?.type === "component" ? first.value : text;
}

/**
 * The `retry`/`undo` event data: the last user message `{index, value}` (the ChatInterface
 * cuts the history there). Null when there is no user message.
 */
export function lastUserMessage(messages: readonly Message[]): { index: number; value: unknown } | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message && message.role === "user") return { index: i, value: messageValue(message) };
  }
  return null;
}

/** The `edit` event data for one message. */
export function editPayload(
  index: number,
  previous: string,
  text: string,
): { index: number; _dispatch_value: ContentPart[]; value: string; previous_value: string } {
  return { index, _dispatch_value: [{ type: "text", text }], value: text, previous_value: previous };
}

/** A copy of the messages with the text of `index` replaced (what the value becomes after an edit). */
export function withEditedText(messages: readonly Message[], edits: ReadonlyMap<number, string>): Message[] {
  return messages.map((message, i) => {
    const text = edits.get(i);
    if (text === undefined) return message;
    const rest = parts(message).filter((p) => p.type !== "text");
    return { ...message, content: [{ type: "text", text }, ...rest] };
  });
}

/** Which chat buttons show, from the `buttons` prop (default: copy per message). */
export function chatButtons(buttons: readonly unknown[] | null | undefined): { copy: boolean; copy_all: boolean } {
  if (buttons === null || buttons === undefined) return { copy: true, copy_all: false };
  return { copy: buttons.includes("copy"), copy_all: buttons.includes("copy_all") };
}

/** Split feedback options into thumbs (Like/Dislike, shown as icons) and the rest (a menu). */
export function splitFeedback(options: readonly string[] | null | undefined): { thumbs: string[]; extra: string[] } {
  const list = options ?? ["Like", "Dislike"];
  return {
    thumbs: ["Dislike", "Like"].filter((o) => list.includes(o)),
    extra: list.filter((o) => o !== "Like" && o !== "Dislike"),
  };
}

/** How to show a file in a message, by MIME type or extension. */
export function fileKind(mime: string | null | undefined, name: string): "image" | "audio" | "video" | "file" {
  const m = (mime ?? "").toLowerCase();
  const ext = name.toLowerCase().split(".").pop() ?? "";
  if (m.startsWith("image/") || ["png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "avif"].includes(ext)) return "image";
  if (m.startsWith("audio/") || ["wav", "mp3", "ogg", "flac", "m4a", "aac", "opus"].includes(ext)) return "audio";
  if (m.startsWith("video/") || ["mp4", "webm", "mov", "mkv", "avi", "m4v"].includes(ext)) return "video";
  return "file";
}

/**
 * The option buttons shown under the conversation: those of the last message, when the last
 * bubble is the assistant's (as Gradio 6.31: a user reply after them hides them).
 */
export function lastOptions(groups: readonly Group[]): OptionItem[] {
  const last = groups[groups.length - 1];
  if (!last || last.items[0]?.message.role !== "assistant") return [];
  return last.items[last.items.length - 1]?.message.options ?? [];
}

/** The `option_select` payload of a click on option `index` (Gradio sends the value only). */
export function optionPayload(options: readonly OptionItem[], index: number): { index: number; value: string } | null {
  const option = options[index];
  return option ? { index, value: option.value } : null;
}

/**
 * The height after a drag step of the resize handle: the block's current (already clamped)
 * height plus the pointer's move since the last step, as Gradio 6.31 does. Starting from the
 * clamped height means dragging back from beyond a limit takes effect at once.
 */
export function dragHeight(current: number, from_y: number, to_y: number): number {
  return Math.max(0, current + to_y - from_y);
}
