/** Player icons not in the shared set (24×24, stroked with the current colour). */
const svg = (body: string): string =>
  `<svg viewBox="0 0 24 24" width="100%" height="100%" fill="currentColor" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round">${body}</svg>`;

export const PLAYER_ICONS = {
  back: svg(`<path d="M11 6 4 12l7 6zM20 6l-7 6 7 6z"/>`),
  forward: svg(`<path d="M13 6l7 6-7 6zM4 6l7 6-7 6z"/>`),
  play: svg(`<path d="M7 4.5v15L19.5 12z"/>`),
  pause: svg(`<path d="M7 5h3.5v14H7zM13.5 5H17v14h-3.5z"/>`),
  trim: `<svg viewBox="0 0 24 24" width="100%" height="100%" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="6" cy="6" r="3"/><circle cx="6" cy="18" r="3"/><path d="M20 4 8.1 15.9M14.5 14.5 20 20M8.1 8.1 12 12"/></svg>`,
  undo: `<svg viewBox="0 0 24 24" width="100%" height="100%" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M3 12a9 9 0 1 0 3-6.7L3 8"/><path d="M3 3v5h5"/></svg>`,
  volume: `<svg viewBox="0 0 24 24" width="100%" height="100%" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" stroke-linecap="round"><path d="M4 9h4l5-4v14l-5-4H4z"/><path d="M16.5 9a4 4 0 0 1 0 6M19 6.5a7.5 7.5 0 0 1 0 11"/></svg>`,
} as const;

export type PlayerIcon = keyof typeof PLAYER_ICONS;
