"""SSE framing against the raw bytes of captured Gradio streams."""

from __future__ import annotations

from pathlib import Path

from gradio.server.sse import encode_event, iter_events

CAPTURES = Path(__file__).parent.parent / "fixtures" / "captures"


def test_a_data_only_event_is_one_data_line_and_a_blank_line() -> None:
    assert encode_event(b'{"msg":"close_stream","event_id":null}') == (
        b'data: {"msg":"close_stream","event_id":null}\n\n'
    )


def test_a_named_event_puts_the_event_line_first() -> None:
    assert encode_event('["Hello Alice!"]', event="complete") == (
        b'event: complete\ndata: ["Hello Alice!"]\n\n'
    )


def test_a_multiline_payload_is_split_over_data_lines_and_parsed_back() -> None:
    framed = encode_event("one\ntwo")
    assert framed == b"data: one\ndata: two\n\n"
    assert list(iter_events(framed.decode().splitlines())) == [{"data": "one\ntwo"}]


def test_the_queue_capture_reencodes_byte_for_byte() -> None:
    raw = (CAPTURES / "c_stream.count.queue_data.sse.txt").read_bytes()
    events = list(iter_events(raw.decode().splitlines()))
    assert len(events) == 10
    assert b"".join(encode_event(event["data"]) for event in events) == raw


def test_the_rest_capture_keeps_event_names() -> None:
    raw = (CAPTURES / "c_stream.count.call_get.sse.txt").read_bytes()
    events = list(iter_events(raw.decode().splitlines(keepends=True)))
    assert [event["event"] for event in events] == ["generating"] * 3 + ["complete"]
    assert b"".join(encode_event(e["data"], event=e["event"]) for e in events) == raw


def test_comments_are_skipped_and_an_unterminated_event_is_kept() -> None:
    lines = [": keep-alive", "event: error", 'data: "404: Not Found"']
    assert list(iter_events(lines)) == [{"event": "error", "data": '"404: Not Found"'}]
