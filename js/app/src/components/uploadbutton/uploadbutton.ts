/** UploadButton logic without Svelte: the file input's attributes and the value after upload. */
import type { FileData } from "../contract";
import { acceptAttribute } from "../../shared/upload/upload";

/** The button's wire value: one FileData (single), a list (multiple/directory), or nothing. */
export type UploadValue = FileData | FileData[] | null;

/** Attributes of the hidden `<input type="file">` behind the button. */
export interface PickerAttributes {
  /** The `accept` filter ("" offers every file). */
  accept: string;
  /** Whether several files can be picked. */
  multiple: boolean;
  /** Whether a folder is picked (every file in it is uploaded). */
  directory: boolean;
}

/**
 * What the file chooser offers: `file_types` as an `accept` filter (ignored for folders, as
 * Gradio does), several files for `"multiple"`, a folder for `"directory"`.
 */
export function pickerAttributes(
  file_count: string | null | undefined,
  file_types: readonly string[] | null | undefined,
): PickerAttributes {
  const directory = file_count === "directory";
  return {
    accept: directory ? "" : acceptAttribute(file_types),
    multiple: file_count === "multiple" || directory,
    directory,
  };
}

/** The files to upload from a pick: only the first one for a single-file button. */
export function filesToUpload(picked: readonly File[], file_count: string | null | undefined): File[] {
  return (file_count ?? "single") === "single" ? picked.slice(0, 1) : [...picked];
}

/** The value after an upload: the one FileData for `"single"`, else the whole list. */
export function valueAfterUpload(uploaded: FileData[], file_count: string | null | undefined): UploadValue {
  if ((file_count ?? "single") === "single") return uploaded[0] ?? null;
  return uploaded;
}
