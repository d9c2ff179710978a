/**
 * Translatable strings: Gradio sends some props as `__i18n__{"__type__":
 * "translation_metadata", "key": "chat_interface.chatbot"}` and the page shows the text for
 * that key. We ship English only; an unknown key shows its last part, humanised.
 */

const PREFIX = "__i18n__";

const ENGLISH: Record<string, string> = {
  "chat_interface.chatbot": "Chatbot",
  "chat_interface.message_placeholder": "Type a message...",
  "chat_interface.new_chat": "New chat",
  "chat_interface.additional_inputs": "Additional inputs",
  "chat_interface.copied_message": "Copied message",
};

/** The display text of one value (non-i18n values come back unchanged). */
export function translate(value: unknown): unknown {
  if (typeof value !== "string" || !value.startsWith(PREFIX)) return value;
  let key = "";
  try {
    key = String((JSON.parse(value.slice(PREFIX.length)) as { key?: unknown }).key ?? "");
  } catch {
    return value;
  }
  return ENGLISH[key] ?? humanise(key);
}

/** Translate every string prop (one level: labels, placeholders, info). */
export function translate_props(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) out[name] = translate(value);
  return out;
}

function humanise(key: string): string {
  const last = key.split(".").at(-1) ?? key;
  const words = last.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
