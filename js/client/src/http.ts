/**
 * The client's HTTP layer: one place that adds the caller's headers, the login cookie (in
 * Node, where fetch keeps no cookie jar) and `credentials: "include"` (in browsers).
 */
import { ConnectionError } from "./errors.js";

export class Http {
  #cookies = new Map<string, string>();

  constructor(
    /** Headers added to every request. */
    readonly headers: Record<string, string> = {},
  ) {}

  /** fetch with the shared headers and cookies. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(this.headers)) if (!headers.has(k)) headers.set(k, v);
    if (this.#cookies.size > 0) {
      headers.set("cookie", [...this.#cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    let response: Response;
    try {
      response = await fetch(url, { credentials: "include", ...init, headers });
    } catch (error) {
      if (init.signal?.aborted) throw error;
      throw new ConnectionError(`could not reach ${url}: ${String(error)}`);
    }
    this.#remember_cookies(response);
    return response;
  }

  /** POST a JSON body and parse the JSON answer; non-2xx raises ConnectionError. */
  async post_json(url: string, body: unknown): Promise<unknown> {
    const response = await this.fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return json_or_throw(response, url);
  }

  /** GET and parse JSON; non-2xx raises ConnectionError. */
  async get_json(url: string): Promise<unknown> {
    return json_or_throw(await this.fetch(url), url);
  }

  #remember_cookies(response: Response): void {
    const headers = response.headers as Headers & { getSetCookie?: () => string[] };
    // Node 18 has no getSetCookie: split the joined header at commas that start a new cookie.
    const lines = headers.getSetCookie?.() ?? (headers.get("set-cookie") ?? "").split(/,(?=\s*[^;,=\s]+=)/);
    for (const line of lines) {
      const pair = line.split(";", 1)[0] ?? "";
      const eq = pair.indexOf("=");
      if (eq > 0) this.#cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
}

async function json_or_throw(response: Response, url: string): Promise<unknown> {
  const text = await response.text();
  if (!response.ok) {
    throw new ConnectionError(`${response.status} from ${url}: ${text.slice(0, 300)}`, response.status);
  }
  return text ? JSON.parse(text) : null;
}
