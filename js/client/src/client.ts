/**
 * `Client`: connect to a Gradio 6 app (radiogram or Gradio), log in if needed, read its
 * config and API, and call its endpoints. Mirrors `@gradio/client`.
 */
import { AppError, AuthError, ConnectionError } from "./errors.js";
import { upload } from "./files.js";
import { Http } from "./http.js";
import { Job } from "./job.js";
import { build_data, resolve_dependency } from "./payload.js";
import { SessionStream } from "./session.js";
import type { ApiInfo, Config, DataMessage, DependencyConfig, FileData } from "./types.js";

export interface ClientOptions {
  /** `[username, password]` for apps launched with `auth=` (protocol §10). */
  auth?: [string, string];
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** A config already at hand (the page's `window.gradio_config`): skips `GET /config`. */
  config?: Config;
  /** API info already at hand (`window.gradio_api_info`): skips `GET P/info`. */
  api_info?: ApiInfo;
  /** `x-gradio-user` header: "app" from the page, "api" (default) from code. */
  user?: "app" | "api";
  /** Session id; a random one by default. */
  session_hash?: string;
}

export type Payload = unknown[] | Record<string, unknown>;

export class Client {
  /** The app's config (protocol §3). */
  config!: Config;
  /** The app's API description (`P/info?all_endpoints=true`), once loaded. */
  api_info: ApiInfo | null = null;
  /** This client's session: one State and one result stream per session. */
  readonly session_hash: string;
  /** The app's base URL, without trailing slash. */
  readonly root: string;
  readonly http: Http;
  #stream!: SessionStream;
  #heartbeat: AbortController | null = null;

  private constructor(
    url: string,
    private readonly options: ClientOptions,
  ) {
    this.root = normalise_root(url);
    this.http = new Http(options.headers ?? {});
    this.session_hash = options.session_hash ?? random_id();
  }

  /** Connect to the app at `url`, logging in with `options.auth` when it asks. */
  static async connect(url: string, options: ClientOptions = {}): Promise<Client> {
    const client = new Client(url, options);
    await client.#init();
    return client;
  }

  /** `"/gradio_api"` in Gradio 6. */
  get api_prefix(): string {
    return this.config.api_prefix ?? "/gradio_api";
  }

  async #init(): Promise<void> {
    this.config = this.options.config ?? (await this.#fetch_config());
    this.#stream = new SessionStream(
      this.http,
      `${this.root}${this.api_prefix}/queue/data?session_hash=${encodeURIComponent(this.session_hash)}`,
    );
    this.api_info = this.options.api_info ?? null;
    if (!this.api_info && !this.config.auth_required) {
      this.api_info = (await this.http.get_json(`${this.root}${this.api_prefix}/info?all_endpoints=true`)) as ApiInfo;
    }
    if (this.config.connect_heartbeat) this.#open_heartbeat();
  }

  async #fetch_config(): Promise<Config> {
    let response = await this.http.fetch(`${this.root}/config`);
    if (response.status === 401) {
      if (!this.options.auth) throw new AuthError("This app requires a login: pass auth: [username, password]");
      await this.login(...this.options.auth);
      response = await this.http.fetch(`${this.root}/config`);
    }
    if (!response.ok) throw new ConnectionError(`GET /config answered ${response.status}`, response.status);
    return (await response.json()) as Config;
  }

  /** `POST /login` with the form fields `username` and `password` (protocol §10). */
  async login(username: string, password: string): Promise<void> {
    const response = await this.http.fetch(`${this.root}/login`, {
      method: "POST",
      body: new URLSearchParams({ username, password }),
    });
    if (!response.ok) throw new AuthError(response.status === 400 ? "Incorrect credentials." : `login answered ${response.status}`);
  }

  /** The API description: public endpoints with their parameters and returns (protocol §4). */
  async view_api(): Promise<ApiInfo> {
    const info = this.api_info ?? ((await this.http.get_json(`${this.root}${this.api_prefix}/info`)) as ApiInfo);
    const public_only = Object.entries(info.named_endpoints).filter(([, e]) => (e.api_visibility ?? "public") === "public");
    return { named_endpoints: Object.fromEntries(public_only), unnamed_endpoints: info.unnamed_endpoints };
  }

  /**
   * Start an event. `endpoint` is an api name (`"/greet"`) or a fn_index; for a name the
   * payload is a list of the API parameters or an object keyed by parameter name, for a
   * fn_index it is the dependency's full input list. Iterate the result for `status`,
   * `data` and `log` messages; `cancel()` stops it.
   */
  submit(endpoint: string | number, payload?: Payload, event_data?: unknown, trigger_id?: number | null): Job {
    const dependency = resolve_dependency(this.config, endpoint);
    const data = build_data(this.config, this.api_info, dependency, endpoint, payload);
    const name = typeof endpoint === "number" ? `/${dependency.api_name ?? endpoint}` : `/${endpoint.replace(/^\//, "")}`;
    return new Job(
      {
        http: this.http,
        stream: this.#stream,
        root: this.root,
        api_prefix: this.api_prefix,
        session_hash: this.session_hash,
        user: this.options.user ?? "api",
      },
      { dependency, endpoint: name, data, event_data, trigger_id },
    );
  }

  /**
   * Make listeners created by a `gr.render` run callable by fn_index: a re-render replaces
   * the listeners of an earlier run with the same ids.
   */
  add_dependencies(dependencies: DependencyConfig[]): void {
    const added = new Set(dependencies.map((d) => d.id));
    this.config.dependencies = [...this.config.dependencies.filter((d) => !added.has(d.id)), ...dependencies];
  }

  /** Run an event to the end and return its last `data` message; an app error rejects. */
  async predict(endpoint: string | number, payload?: Payload, event_data?: unknown): Promise<DataMessage> {
    let last: DataMessage | null = null;
    for await (const message of this.submit(endpoint, payload, event_data)) {
      if (message.type === "data") last = message;
      if (message.type === "status" && message.stage === "error") {
        throw new AppError(message.message ?? "Error", message.title ?? null, message.duration ?? null, message.visible ?? true);
      }
    }
    if (!last) throw new AppError("The event finished without a result (cancelled?)");
    return last;
  }

  /** Upload files (`POST P/upload`) and get their FileData back. */
  upload_files(files: Blob[], upload_id?: string): Promise<FileData[]> {
    return upload(this.http, this.root, this.api_prefix, files, upload_id);
  }

  /** An absolute URL to fetch a FileData. */
  file_url(data: FileData): string {
    if (data.url) return data.url;
    return `${this.root}${this.api_prefix}/file=${data.path}`;
  }

  /** Close the result stream and the heartbeat. */
  close(): void {
    this.#stream.close();
    this.#heartbeat?.abort();
  }

  #open_heartbeat(): void {
    this.#heartbeat = new AbortController();
    const signal = this.#heartbeat.signal;
    const url = `${this.root}${this.api_prefix}/heartbeat/${encodeURIComponent(this.session_hash)}`;
    void (async () => {
      try {
        const response = await this.http.fetch(url, { signal, headers: { accept: "text/event-stream" } });
        const reader = response.body?.getReader();
        while (reader && !(await reader.read()).done);
      } catch {
        // The heartbeat is best effort: closing it (or losing it) only ends the session sooner.
      }
    })();
  }
}

function normalise_root(url: string): string {
  const with_scheme = /^[a-z]+:\/\//i.test(url) ? url : `http://${url}`;
  const parsed = new URL(with_scheme);
  return `${parsed.origin}${parsed.pathname}`.replace(/\/+$/, "");
}

/** An 11-character base-36 id, like the browser's session hashes. */
export function random_id(): string {
  let id = "";
  while (id.length < 11) id += Math.random().toString(36).slice(2);
  return id.slice(0, 11);
}
