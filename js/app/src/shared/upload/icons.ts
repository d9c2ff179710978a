/**
 * Small line icons (24×24, stroke = currentColor) for the media components, as SVG markup.
 * Each is drawn from a few primitives; render with `{@html ICONS.name}` inside a sized box.
 */
const svg = (body: string): string =>
  `<svg viewBox="0 0 24 24" width="100%" height="100%" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${body}</svg>`;

export const ICONS = {
  upload: svg('<path d="M12 15V3"/><path d="M7 8l5-5 5 5"/><path d="M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4"/>'),
  download: svg('<path d="M12 3v12"/><path d="M7 10l5 5 5-5"/><path d="M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2"/>'),
  clear: svg('<path d="M18 6L6 18"/><path d="M6 6l12 12"/>'),
  image: svg('<rect x="3" y="3" width="18" height="18" rx="2"/><circle cx="8.5" cy="8.5" r="1.5"/><path d="M21 15l-5-5L5 21"/>'),
  webcam: svg('<circle cx="12" cy="10" r="7"/><circle cx="12" cy="10" r="3"/><path d="M8 21h8"/><path d="M12 17v4"/>'),
  clipboard: svg('<rect x="6" y="4" width="12" height="17" rx="2"/><path d="M9 4V3h6v1"/><path d="M9 2h6v3H9z"/>'),
  microphone: svg('<rect x="9" y="2" width="6" height="12" rx="3"/><path d="M5 10v1a7 7 0 0 0 14 0v-1"/><path d="M12 18v4"/>'),
  music: svg('<path d="M9 18V5l12-2v13"/><circle cx="6" cy="18" r="3"/><circle cx="18" cy="16" r="3"/>'),
  video: svg('<rect x="2" y="6" width="14" height="12" rx="2"/><path d="M16 10l6-4v12l-6-4"/>'),
  file: svg('<path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8z"/><path d="M14 2v6h6"/>'),
  chat: svg('<path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/>'),
  fullscreen: svg('<path d="M8 3H5a2 2 0 0 0-2 2v3"/><path d="M21 8V5a2 2 0 0 0-2-2h-3"/><path d="M3 16v3a2 2 0 0 0 2 2h3"/><path d="M16 21h3a2 2 0 0 0 2-2v-3"/>'),
  minimize: svg('<path d="M8 3v3a2 2 0 0 1-2 2H3"/><path d="M21 8h-3a2 2 0 0 1-2-2V3"/><path d="M3 16h3a2 2 0 0 1 2 2v3"/><path d="M16 21v-3a2 2 0 0 1 2-2h3"/>'),
  copy: svg('<rect x="9" y="9" width="12" height="12" rx="2"/><path d="M5 15H4a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h9a2 2 0 0 1 2 2v1"/>'),
  check: svg('<path d="M20 6L9 17l-5-5"/>'),
  trash: svg('<path d="M3 6h18"/><path d="M8 6V4h8v2"/><path d="M19 6l-1 14a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2L5 6"/>'),
  retry: svg('<path d="M21 4v6h-6"/><path d="M3 20v-6h6"/><path d="M20 10a8 8 0 0 0-14-3L3 10"/><path d="M4 14a8 8 0 0 0 14 3l3-3"/>'),
  undo: svg('<path d="M3 4v6h6"/><path d="M4 15a8 8 0 1 0 2-8.5L3 10"/>'),
  edit: svg('<path d="M17 3l4 4L7 21H3v-4z"/>'),
  like: svg('<path d="M7 22V11"/><path d="M7 11l4-9a3 3 0 0 1 3 3v4h5.5a2 2 0 0 1 2 2.3l-1.4 9a2 2 0 0 1-2 1.7H7"/><path d="M7 22H4a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h3"/>'),
  dislike: svg('<path d="M17 2v11"/><path d="M17 13l-4 9a3 3 0 0 1-3-3v-4H4.5a2 2 0 0 1-2-2.3l1.4-9a2 2 0 0 1 2-1.7H17"/><path d="M17 2h3a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1h-3"/>'),
  flag: svg('<path d="M4 22V3"/><path d="M4 3h13l-2 5 2 5H4"/>'),
  chevron: svg('<path d="M6 9l6 6 6-6"/>'),
  stop: svg('<rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor"/>'),
  play: svg('<path d="M7 4l13 8-13 8z" fill="currentColor"/>'),
  pause: svg('<rect x="6" y="4" width="4" height="16" fill="currentColor"/><rect x="14" y="4" width="4" height="16" fill="currentColor"/>'),
  record: svg('<circle cx="12" cy="12" r="7" fill="currentColor"/>'),
  paperclip: svg('<path d="M21 11l-8.5 8.5a5 5 0 0 1-7-7L14 4a3.5 3.5 0 0 1 5 5l-8.5 8.5a2 2 0 0 1-3-3L15 7"/>'),
  send: svg('<path d="M12 19V5"/><path d="M5 12l7-7 7 7"/>'),
  spinner: svg('<path d="M12 3a9 9 0 1 0 9 9" />'),
  label: svg('<path d="M4 3v18h17"/><path d="M8 7h9"/><path d="M8 12h5"/><path d="M8 17h11"/>'),
  code: svg('<path d="M8 7l-5 5 5 5"/><path d="M16 7l5 5-5 5"/><path d="M14 4l-4 16"/>'),
  highlight: svg('<path d="M4 20h16"/><path d="M6 16l4-11h1l4 11"/><path d="M7.5 12h6"/><path d="M17 8v8"/>'),
} as const;

export type IconName = keyof typeof ICONS;
