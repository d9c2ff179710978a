/** Errors the client raises. */

/** The server could not be reached or answered with an unexpected HTTP status. */
export class ConnectionError extends Error {
  override name = "ConnectionError";
  constructor(
    message: string,
    /** HTTP status, when there was a response. */
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

/** The app needs a login, and none was given or it was refused. */
export class AuthError extends Error {
  override name = "AuthError";
}

/**
 * The app's function failed (`gr.Error` or another exception). Carries the fields of the
 * error status message, like `@gradio/client`'s rejected status.
 */
export class AppError extends Error {
  override name = "AppError";
  readonly type = "status";
  readonly stage = "error";
  constructor(
    message: string,
    /** Toast title (`"Error"` unless the app chose one). */
    readonly title: string | null = null,
    /** Seconds the page shows the error toast, when given. */
    readonly duration: number | null = null,
    /** Whether the page shows a toast. */
    readonly visible: boolean = true,
  ) {
    super(message);
  }
}
