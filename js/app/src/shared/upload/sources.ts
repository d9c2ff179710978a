/** Media sources and device capture helpers shared by Image, Audio and Video. */
import { nameForBlob } from "./upload";

/** Where a media component can take its value from. */
export type Source = "upload" | "webcam" | "microphone" | "clipboard";

/**
 * The `sources` prop as a list: a single string becomes a one-item list; null or empty uses
 * the component's defaults. Unknown names are dropped.
 */
export function normalizeSources(
  sources: readonly string[] | string | null | undefined,
  defaults: readonly Source[],
): Source[] {
  const list = typeof sources === "string" ? [sources] : (sources ?? []);
  const known = list.filter((s): s is Source => ["upload", "webcam", "microphone", "clipboard"].includes(s));
  return known.length > 0 ? known : [...defaults];
}

/** Recording MIME types to try, best first; the browser's first supported one wins. */
const AUDIO_TYPES = ["audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4"];
const VIDEO_TYPES = ["video/webm;codecs=vp8,opus", "video/webm", "video/mp4"];

/** The first MIME type `is_supported` accepts for this kind of recording, or "" (browser default). */
export function pickRecordingType(kind: "audio" | "video", is_supported: (mime: string) => boolean): string {
  return (kind === "audio" ? AUDIO_TYPES : VIDEO_TYPES).find((t) => is_supported(t)) ?? "";
}

/** A recorder around a media stream that resolves to a named File when stopped. */
export interface Recording {
  stop(): Promise<File>;
  pause(): void;
  resume(): void;
}

/** Start recording `stream` with MediaRecorder; the File is named `<stem>.<ext>`. */
export function startRecording(stream: MediaStream, kind: "audio" | "video", stem: string): Recording {
  const mime = pickRecordingType(kind, (t) => MediaRecorder.isTypeSupported(t));
  const recorder = new MediaRecorder(stream, mime ? { mimeType: mime } : undefined);
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data);
  };
  recorder.start(250);
  return {
    stop: () =>
      new Promise<File>((resolve) => {
        recorder.onstop = () => {
          const type = recorder.mimeType || mime || `${kind}/webm`;
          resolve(new File(chunks, nameForBlob(type, stem), { type: type.split(";")[0] }));
        };
        recorder.stop();
      }),
    pause: () => recorder.state === "recording" && recorder.pause(),
    resume: () => recorder.state === "paused" && recorder.resume(),
  };
}

/** Stop every track of a stream (turns the camera light off). */
export function stopStream(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** Grab the current frame of a playing video as a PNG File, optionally mirrored. */
export async function snapshot(video: HTMLVideoElement, mirror: boolean): Promise<File | null> {
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const ctx = canvas.getContext("2d");
  if (!ctx || canvas.width === 0) return null;
  if (mirror) {
    ctx.translate(canvas.width, 0);
    ctx.scale(-1, 1);
  }
  ctx.drawImage(video, 0, 0);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, "image/png"));
  return blob ? new File([blob], "webcam.png", { type: "image/png" }) : null;
}

/** The current camera frame as a JPEG data URL, as streamed to `.stream()` listeners. */
export function frame_data_url(video: HTMLVideoElement, mirror: boolean): string | null {
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const ctx = canvas.getContext("2d");
  if (!ctx || canvas.width === 0) return null;
  if (mirror) {
    ctx.translate(canvas.width, 0);
    ctx.scale(-1, 1);
  }
  ctx.drawImage(video, 0, 0);
  return canvas.toDataURL("image/jpeg");
}

/** Image files on the clipboard (`navigator.clipboard.read`), named for upload. */
export async function readClipboardImages(): Promise<File[]> {
  const out: File[] = [];
  const items = await navigator.clipboard.read();
  for (const item of items) {
    const type = item.types.find((t) => t.startsWith("image/"));
    if (!type) continue;
    const blob = await item.getType(type);
    out.push(new File([blob], nameForBlob(type), { type }));
  }
  return out;
}
