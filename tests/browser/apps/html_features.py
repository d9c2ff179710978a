"""gr.HTML features, one small widget each: templates, scoped CSS, js_on_load, updates, errors."""

import gradio as gr

COUNTER_JS = """
element.addEventListener('click', (event) => {
    if (!event.target.matches('button.bump')) return;
    props.value = props.value + 1;
    trigger('bumped', {by: 1});
});
watch('value', () => { element.dataset.watched = String(props.value); });
"""

with gr.Blocks() as demo:
    gr.Markdown("Plain page text", elem_id="page-text")

    # Templates: a JS literal and Handlebars in one template, extra kwargs as props.
    gr.HTML(
        ["apple", "b<i>anana"],
        html_template=(
            "<h3 class='count'>${value.length} ${noun}</h3>"
            "<ul>{{#each value}}<li data-index='{{@index}}'>{{this}}</li>{{/each}}</ul>"
            "{{#if show_footer}}<p class='footer'>{{{footer}}}</p>{{else}}<p>no footer</p>{{/if}}"
        ),
        noun="fruits",
        show_footer=True,
        footer="<em>fresh</em>",
        elem_id="templated",
    )

    # Two instances of one template with different props: styles must not leak.
    for name, color in (("red", "rgb(255, 0, 0)"), ("blue", "rgb(0, 0, 255)")):
        gr.HTML(
            "swatch",
            html_template="<p class='swatch'>${value}</p>",
            css_template="p { color: ${color}; } font-weight: 700; @media (min-width: 1px) { p { text-decoration: underline; } }",
            color=color,
            elem_id=f"swatch-{name}",
        )

    # js_on_load: props.value and trigger; Python sees both and can push new values.
    counter = gr.HTML(
        0,
        html_template="<span class='count'>${value}</span> <button class='bump'>+1</button>",
        js_on_load=COUNTER_JS,
        elem_id="counter",
    )
    seen = gr.Textbox(label="Seen by Python", elem_id="seen")
    bumps = gr.Textbox(label="Bump events", elem_id="bumps")
    set_ten = gr.Button("Set to 10", elem_id="set-ten")
    counter.change(lambda v: f"value={v}", counter, seen)
    counter.bumped(lambda v: f"bumped at {v}", counter, bumps)
    set_ten.click(lambda: 10, None, counter)
    restyle = gr.Button("Restyle", elem_id="restyle")
    restyle.click(
        lambda: gr.update(
            html_template="<span class='count big'>${value}</span> <button class='bump'>+1</button>"
        ),
        None,
        counter,
    )

    # The default js_on_load turns a click anywhere into the click event.
    clicky = gr.HTML("<p>click me</p>", elem_id="clicky")
    clicks = gr.Textbox(label="Clicks", elem_id="clicks")
    clicky.click(lambda: "clicked", None, clicks)

    # Sanitising: on by default, off with sanitize_html=False.
    gr.HTML("<img id='evil' src='x' onerror='window.pwned = 1'><b>kept</b>", elem_id="sanitised")
    gr.HTML(
        "<b id='trusted' onclick='window.trusted = 1'>trusted</b>",
        sanitize_html=False,
        elem_id="unsanitised",
    )

    # A broken template shows an error in place; the rest of the page still works.
    gr.HTML("x", html_template="<p>${value.(}</p>", elem_id="broken")
    echo_in = gr.Textbox(label="Echo in", elem_id="echo-in")
    echo_out = gr.Textbox(label="Echo out", elem_id="echo-out")
    gr.Button("Echo", elem_id="echo").click(lambda s: s.upper(), echo_in, echo_out)

if __name__ == "__main__":
    demo.launch()
