/**
 * Pure logic of `gr.DateTime`: which texts the server accepts, and the conversions between
 * the text (`YYYY-MM-DD HH:MM:SS`) and the native picker's value (`YYYY-MM-DDTHH:MM:SS`).
 */

/** `now`, `now - 2h`, `now-30m`: the server reads these relative to its clock. */
const RELATIVE = /^\s*now\s*(?:-\s*\d+\s*[dmhs])?\s*$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2}))?$/;

/** The placeholder, which is also the expected format. */
export function formatOf(include_time: boolean): string {
  return include_time ? "YYYY-MM-DD HH:MM:SS" : "YYYY-MM-DD";
}

/** Whether the server can read `text`: blank, relative, or a real date in the format. */
export function isValid(text: string, include_time: boolean): boolean {
  if (text.trim() === "" || RELATIVE.test(text)) return true;
  const match = DATE_TIME.exec(text);
  if (!match || (match[4] !== undefined) !== include_time) return false;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, hour, minute, second);
  return (
    date.getFullYear() === year &&
    date.getMonth() === (month ?? 1) - 1 &&
    date.getDate() === day &&
    (hour ?? 0) < 24 &&
    (minute ?? 0) < 60 &&
    (second ?? 0) < 60
  );
}

/** The picker's value for `text` (`""` when the text is not a date the picker can show). */
export function toPicker(text: string | null, include_time: boolean, now: Date = new Date()): string {
  if (!text) return "";
  if (RELATIVE.test(text)) return include_time ? `${fmt(now, true).replace(" ", "T")}` : fmt(now, false);
  if (!isValid(text, include_time)) return "";
  return include_time ? text.replace(" ", "T") : text;
}

/** The text for a picker value: `2024-02-29T13:05` → `2024-02-29 13:05:00`. */
export function fromPicker(picked: string, include_time: boolean): string {
  if (!picked) return "";
  const [date = "", time = "00:00:00"] = picked.split("T");
  if (!include_time) return date;
  return `${date} ${time.length === 5 ? `${time}:00` : time.slice(0, 8)}`;
}

function fmt(date: Date, include_time: boolean): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return include_time ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` : day;
}
