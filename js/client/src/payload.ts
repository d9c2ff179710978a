/**
 * From what the caller passes to what goes on the wire: an endpoint name or fn_index to a
 * dependency, and a payload (positional array, or object keyed by parameter name) to the
 * dependency's full input list, with `null` for State and other non-API inputs (§4, §6.1).
 */
import type { ApiInfo, Config, DependencyConfig, ParameterInfo } from "./types.js";

/** Find the dependency for `"/name"`, `"name"` or a numeric fn_index. */
export function resolve_dependency(config: Config, endpoint: string | number): DependencyConfig {
  if (typeof endpoint === "number") {
    // Ids equal positions in the config, but listeners added by a `gr.render` run come later.
    const dependency = config.dependencies[endpoint]?.id === endpoint
      ? config.dependencies[endpoint]
      : config.dependencies.find((d) => d.id === endpoint);
    if (!dependency) throw new Error(`There is no fn_index ${endpoint}`);
    return dependency;
  }
  const name = endpoint.replace(/^\//, "");
  const dependency = config.dependencies.find((d) => d.api_name === name && d.backend_fn !== false);
  if (!dependency) throw new Error(`There is no endpoint matching ${endpoint}`);
  return dependency;
}

/**
 * The wire `data` for a named endpoint. A numeric endpoint is the page's raw call: its
 * payload is already the full input list and is sent as is.
 */
export function build_data(
  config: Config,
  api_info: ApiInfo | null,
  dependency: DependencyConfig,
  endpoint: string | number,
  payload: unknown[] | Record<string, unknown> | undefined,
): unknown[] {
  if (typeof endpoint === "number") {
    if (payload !== undefined && !Array.isArray(payload)) throw new Error("a fn_index call takes a list of inputs");
    return payload ?? [];
  }
  const params = parameters_of(api_info, dependency);
  const args = Array.isArray(payload) ? payload : named_args(params, payload ?? {});
  const by_id = new Map(config.components.map((c) => [c.id, c]));
  let next = 0;
  return dependency.inputs.map((id) => {
    const component = by_id.get(id);
    if (component?.skip_api) return component.type === "state" ? null : (component.props.value ?? null);
    const param = params[next];
    const index = next++;
    if (index < args.length) return args[index];
    return param?.parameter_has_default ? param.parameter_default : null;
  });
}

function parameters_of(api_info: ApiInfo | null, dependency: DependencyConfig): ParameterInfo[] {
  const key = `/${dependency.api_name ?? ""}`;
  return api_info?.named_endpoints[key]?.parameters ?? api_info?.unnamed_endpoints[key]?.parameters ?? [];
}

function named_args(params: ParameterInfo[], payload: Record<string, unknown>): unknown[] {
  const names = new Set(params.map((p) => p.parameter_name ?? p.label));
  for (const key of Object.keys(payload)) {
    if (!names.has(key)) throw new Error(`Unknown parameter "${key}"; expected one of: ${[...names].join(", ")}`);
  }
  return params.map((p) => {
    const name = p.parameter_name ?? p.label;
    if (name in payload) return payload[name];
    if (p.parameter_has_default) return p.parameter_default;
    throw new Error(`Missing value for parameter "${name}"`);
  });
}
