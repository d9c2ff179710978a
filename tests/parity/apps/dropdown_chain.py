"""Dropdown choices updated from another Dropdown."""

import gradio as gr

CITIES = {
    "France": ["Paris", "Lyon", "Marseille"],
    "Japan": ["Tokyo", "Osaka"],
    "Peru": ["Lima", "Cusco"],
}


def update_cities(country: str) -> gr.Dropdown:
    cities = CITIES.get(country, [])
    return gr.Dropdown(choices=cities, value=cities[0] if cities else None, interactive=True)


def describe(country: str, city: str) -> str:
    return f"{city}, {country}"


with gr.Blocks() as demo:
    country = gr.Dropdown(list(CITIES), label="Country", value="France")
    city = gr.Dropdown(CITIES["France"], label="City", value="Paris", allow_custom_value=True)
    where = gr.Textbox(label="Where")
    country.change(update_cities, country, city)
    city.change(describe, [country, city], where)
    tags = gr.Dropdown(["a", "b", "c"], multiselect=True, value=["a"], label="Tags")
    joined = gr.Textbox(label="Joined")
    tags.change(lambda t: "+".join(t), tags, joined, api_name="join_tags")

if __name__ == "__main__":
    demo.launch()
