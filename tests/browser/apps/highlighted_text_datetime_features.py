"""gr.HighlightedText (entities, scores, a legend, select, editing) and gr.DateTime."""

from datetime import datetime

import gradio as gr


def entities(text: str) -> dict:
    found = []
    for word, kind in (("Paris", "LOC"), ("Ann", "PER"), ("May", "DATE")):
        start = text.find(word)
        if start >= 0:
            found.append({"entity": kind, "start": start, "end": start + len(word)})
    return {"text": text, "entities": found}


def scores(text: str) -> list[tuple[str, float]]:
    return [(word + " ", (i % 5 - 2) / 2) for i, word in enumerate(text.split())]


def picked(event: gr.SelectData) -> str:
    return f"{event.value} at {event.index}"


def spans(value: list[dict]) -> str:
    return " | ".join(f"{s['token']}:{s['class_or_confidence']}" for s in value)


def when(stamp: float | None) -> str:
    return "none" if stamp is None else f"{stamp:.0f}"


def day(moment: datetime | None) -> str:
    return "none" if moment is None else moment.strftime("%A %d %B %Y")


with gr.Blocks() as demo:
    text = gr.Textbox("Ann flew to Paris in May", label="Text", elem_id="text")
    ner = gr.HighlightedText(
        label="Entities", elem_id="ner", color_map={"LOC": "green"}, show_legend=True
    )
    inline = gr.HighlightedText(label="Inline", elem_id="inline")
    scored = gr.HighlightedText(label="Scores", elem_id="scored")
    selected = gr.Textbox(label="Selected", elem_id="selected")
    text.submit(entities, text, [ner]).then(entities, text, inline).then(scores, text, scored)
    inline.select(picked, None, selected)

    editable = gr.HighlightedText(
        [("Ann", "PER"), (" met ", None), ("Bo", "PER"), (" in ", None), ("Rome", "LOC")],
        label="Editable",
        elem_id="editable",
        interactive=True,
    )
    edited = gr.Textbox(label="Edited", elem_id="edited")
    editable.change(spans, editable, edited)

    with gr.Row():
        stamp = gr.DateTime(
            1_700_000_000, label="Stamp", elem_id="stamp", timezone="UTC", info="When?"
        )
        date_only = gr.DateTime(
            "2024-02-29", include_time=False, type="datetime", label="Day", elem_id="date_only"
        )
    stamp_out = gr.Textbox(label="Stamp out", elem_id="stamp_out")
    day_out = gr.Textbox(label="Day out", elem_id="day_out")
    submitted = gr.Textbox(label="Submitted", elem_id="submitted")
    stamp.change(when, stamp, stamp_out)
    stamp.submit(lambda s: f"submitted {when(s)}", stamp, submitted)
    date_only.change(day, date_only, day_out)

if __name__ == "__main__":
    demo.launch()
