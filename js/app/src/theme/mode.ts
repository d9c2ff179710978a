/**
 * Light or dark: `?__theme=dark|light` in the URL wins, else the system preference (followed
 * live). The `dark` class on <body> switches the theme variables.
 */

export type Mode = "light" | "dark";

/** The mode the URL asks for, or null to follow the system. */
export function forced_mode(search: string): Mode | null {
  const theme = new URLSearchParams(search).get("__theme");
  return theme === "dark" || theme === "light" ? theme : null;
}

export function initial_mode(search: string, system_dark: boolean): Mode {
  return forced_mode(search) ?? (system_dark ? "dark" : "light");
}

/** Apply the mode now and keep following the system when the URL did not choose. */
export function setup_mode(on_change: (mode: Mode) => void): Mode {
  const query = window.matchMedia?.("(prefers-color-scheme: dark)");
  const mode = initial_mode(location.search, query?.matches ?? false);
  apply_mode(mode);
  if (forced_mode(location.search) === null) {
    query?.addEventListener("change", (event) => {
      const next: Mode = event.matches ? "dark" : "light";
      apply_mode(next);
      on_change(next);
    });
  }
  return mode;
}

export function apply_mode(mode: Mode): void {
  document.body.classList.toggle("dark", mode === "dark");
  document.documentElement.style.colorScheme = mode;
}
