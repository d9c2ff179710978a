/**
 * `gr.Timer` (and `every=`, which Gradio 6 turns into a Timer): a timer component's value is
 * its interval in seconds and `active` switches it; each interval fires its `tick` event.
 */

export class Timers {
  #handles = new Map<number, ReturnType<typeof setInterval>>();

  constructor(private readonly tick: (id: number) => void) {}

  /** Start, restart or stop the timer `id` from its current value and props. */
  configure(id: number, seconds: unknown, active: unknown): void {
    this.stop(id);
    const interval = Number(seconds);
    if (active === false || !Number.isFinite(interval) || interval <= 0) return;
    this.#handles.set(
      id,
      setInterval(() => this.tick(id), interval * 1000),
    );
  }

  stop(id: number): void {
    const handle = this.#handles.get(id);
    if (handle !== undefined) clearInterval(handle);
    this.#handles.delete(id);
  }

  stop_all(): void {
    for (const id of [...this.#handles.keys()]) this.stop(id);
  }
}
