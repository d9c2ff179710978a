/**
 * What the "Use via API" panel lists, from `window.gradio_api_info` (protocol §4): the
 * documented named endpoints, their parameters and returns in words, and a code snippet per
 * language (the server's `code_snippets`, or a plain one built here when it sent none).
 */
import type { ApiInfo, EndpointInfo, ParameterInfo } from "@radiogram/client";

export type Language = "python" | "javascript" | "bash";

export const LANGUAGES: { id: Language; label: string; install: string }[] = [
  { id: "python", label: "Python", install: "pip install gradio_client" },
  { id: "javascript", label: "JavaScript", install: "npm i -D @gradio/client" },
  { id: "bash", label: "cURL", install: "" },
];

export interface ParameterDoc {
  name: string;
  python_type: string;
  /** "Required", or "Default: <json>". */
  requirement: string;
  /** "The input value that is provided in the "Name" Textbox component." */
  description: string;
}

export interface ReturnDoc {
  python_type: string;
  description: string;
}

export interface EndpointDoc {
  api_name: string;
  description: string;
  parameters: ParameterDoc[];
  returns: ReturnDoc[];
  snippets: Record<Language, string>;
}

/** The endpoints to document: named ones that are not private or undocumented. */
export function endpoint_docs(info: ApiInfo | null, root: string): EndpointDoc[] {
  if (!info) return [];
  return Object.entries(info.named_endpoints)
    .filter(([, endpoint]) => (endpoint.api_visibility ?? "public") === "public")
    .map(([api_name, endpoint]) => ({
      api_name,
      description: endpoint.description ?? "",
      parameters: endpoint.parameters.map(parameter_doc),
      returns: endpoint.returns.map((r) => ({
        python_type: r.python_type.type,
        description: `The output value that appears in the "${r.label}" ${r.component} component.`,
      })),
      snippets: snippets(api_name, endpoint, root),
    }));
}

function parameter_doc(p: ParameterInfo, index: number): ParameterDoc {
  return {
    name: p.parameter_name ?? `param_${index}`,
    python_type: p.python_type.type,
    requirement: p.parameter_has_default ? `Default: ${JSON.stringify(p.parameter_default)}` : "Required",
    description: `The input value that is provided in the "${p.label}" ${p.component} component.`,
  };
}

function snippets(api_name: string, endpoint: EndpointInfo, root: string): Record<Language, string> {
  const given = (endpoint.code_snippets ?? {}) as Partial<Record<Language, unknown>>;
  const pick = (lang: Language, build: () => string): string => (typeof given[lang] === "string" ? (given[lang] as string) : build());
  return {
    python: pick("python", () => python_snippet(api_name, endpoint.parameters, root)),
    javascript: pick("javascript", () => javascript_snippet(api_name, endpoint.parameters, root)),
    bash: pick("bash", () => curl_snippet(api_name, endpoint.parameters, root)),
  };
}

function example(p: ParameterInfo): string {
  return JSON.stringify(p.example_input ?? null);
}

function python_snippet(api_name: string, params: ParameterInfo[], root: string): string {
  const args = params.map((p, i) => `\t${p.parameter_name ?? `param_${i}`}=${example(p)},\n`).join("");
  return `from gradio_client import Client\n\nclient = Client(${JSON.stringify(root)})\nresult = client.predict(\n${args}\tapi_name=${JSON.stringify(api_name)},\n)\nprint(result)`;
}

function javascript_snippet(api_name: string, params: ParameterInfo[], root: string): string {
  const args = params.map((p, i) => `\t\t${p.parameter_name ?? `param_${i}`}: ${example(p)},\n`).join("");
  return `import { Client } from "@gradio/client";\n\nconst client = await Client.connect(${JSON.stringify(root)});\nconst result = await client.predict(${JSON.stringify(api_name)}, {\n${args}});\n\nconsole.log(result.data);`;
}

function curl_snippet(api_name: string, params: ParameterInfo[], root: string): string {
  const data = JSON.stringify({ data: params.map((p) => p.example_input ?? null) });
  const name = api_name.replace(/^\//, "");
  return `curl -X POST ${root}/gradio_api/call/${name} -s -H "Content-Type: application/json" -d '${data}' \\\n  | awk -F'"' '{ print $4}' \\\n  | read EVENT_ID; curl -N ${root}/gradio_api/call/${name}/$EVENT_ID`;
}
