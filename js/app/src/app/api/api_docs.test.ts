import type { ApiInfo, EndpointInfo } from "@radiogram/client";
import { describe, expect, it } from "vitest";
import { endpoint_docs } from "./api_docs.js";

function endpoint(extra: Partial<EndpointInfo> = {}): EndpointInfo {
  return {
    parameters: [
      {
        label: "Name",
        parameter_name: "name",
        parameter_has_default: false,
        parameter_default: null,
        type: { type: "string" },
        python_type: { type: "str", description: "" },
        component: "Textbox",
        example_input: "Hello!!",
      },
      {
        label: "Count",
        parameter_name: "count",
        parameter_has_default: true,
        parameter_default: 3,
        type: { type: "number" },
        python_type: { type: "float", description: "" },
        component: "Number",
        example_input: 3,
      },
    ],
    returns: [{ label: "output", type: { type: "string" }, python_type: { type: "str", description: "" }, component: "Textbox" }],
    api_visibility: "public",
    description: "",
    ...extra,
  };
}

describe("API docs", () => {
  it("lists the public named endpoints with their parameters and returns in words", () => {
    const info: ApiInfo = {
      named_endpoints: { "/greet": endpoint(), "/hidden": endpoint({ api_visibility: "undocumented" }) },
      unnamed_endpoints: {},
    };
    const [greet, ...rest] = endpoint_docs(info, "http://h:1");
    expect(rest).toEqual([]);
    expect(greet!.api_name).toBe("/greet");
    expect(greet!.parameters).toEqual([
      { name: "name", python_type: "str", requirement: "Required", description: 'The input value that is provided in the "Name" Textbox component.' },
      { name: "count", python_type: "float", requirement: "Default: 3", description: 'The input value that is provided in the "Count" Number component.' },
    ]);
    expect(greet!.returns[0]!.description).toBe('The output value that appears in the "output" Textbox component.');
  });

  it("uses the server's snippets when it sent them", () => {
    const info: ApiInfo = { named_endpoints: { "/greet": endpoint({ code_snippets: { python: "SERVER PY" } }) }, unnamed_endpoints: {} };
    const [greet] = endpoint_docs(info, "http://h:1");
    expect(greet!.snippets.python).toBe("SERVER PY");
  });

  it("builds plain snippets when the server sent none", () => {
    const info: ApiInfo = { named_endpoints: { "/greet": endpoint() }, unnamed_endpoints: {} };
    const { snippets } = endpoint_docs(info, "http://h:1")[0]!;
    expect(snippets.python).toContain('client = Client("http://h:1")');
    expect(snippets.python).toContain('\tname="Hello!!",\n\tcount=3,\n\tapi_name="/greet",');
    expect(snippets.javascript).toContain('await client.predict("/greet", {\n\t\tname: "Hello!!",');
    expect(snippets.bash).toContain(`curl -X POST http://h:1/gradio_api/call/greet -s -H "Content-Type: application/json" -d '{"data":["Hello!!",3]}'`);
  });

  it("has nothing to list without API info", () => {
    expect(endpoint_docs(null, "")).toEqual([]);
  });
});
