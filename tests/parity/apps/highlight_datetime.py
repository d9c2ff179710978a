"""gr.HighlightedText and gr.DateTime: entities, diffs and scores; dates in and out."""

from datetime import datetime

import gradio as gr


def entities(text: str) -> dict:
    start = text.find("Paris")
    found = [] if start < 0 else [{"entity": "LOC", "start": start, "end": start + 5}]
    return {"text": text, "entities": found}


def words(text: str) -> list[tuple[str, str | None]]:
    return [(word, "long" if len(word) > 3 else None) for word in text.split()]


def scores(text: str) -> list[tuple[str, float]]:
    return [(char, (i % 5 - 2) / 2) for i, char in enumerate(text)]


def labels(spans: list[dict]) -> str:
    return ", ".join(f"{s['token']}={s['class_or_confidence']}" for s in spans)


def shift(stamp: float) -> float:
    return stamp + 3600


def describe(moment: datetime, text: str) -> str:
    return f"{moment.isoformat()} | {text}"


with gr.Blocks() as demo:
    text = gr.Textbox(label="Text")
    ner = gr.HighlightedText(label="ner", show_legend=True, color_map={"LOC": "green"})
    merged = gr.HighlightedText(
        label="merged", combine_adjacent=True, adjacent_separator=" ", show_inline_category=False
    )
    scored = gr.HighlightedText(label="scored", show_whitespaces=False, rtl=True)
    edited = gr.HighlightedText(
        # no None category in the default: Gradio writes it as Python `None` in its curl and
        # JavaScript API snippets (radiogram writes `null`), which the config comparison sees
        [("Ann", "PER"), (" met ", "O"), ("Bo", "PER")],
        label="edited",
        interactive=True,
    )
    summary = gr.Textbox(label="Summary")
    text.submit(entities, text, ner)
    text.submit(words, text, merged)
    text.submit(scores, text, scored)
    edited.change(labels, edited, summary)
    ner.select(lambda: None, None, None)

    stamp = gr.DateTime(1_700_000_000, label="Stamp", timezone="Europe/Paris")
    later = gr.DateTime(label="Later", interactive=False)
    stamp.submit(shift, stamp, later)
    moment = gr.DateTime(type="datetime", label="Moment")
    day = gr.DateTime(
        "2024-02-29", include_time=False, type="string", label="Day", info="A day", scale=2
    )
    described = gr.Textbox(label="Described")
    moment.change(describe, [moment, day], described)

if __name__ == "__main__":
    demo.launch()
