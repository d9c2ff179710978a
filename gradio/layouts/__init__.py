"""Layout containers: `with gr.Row():`, `with gr.Column():`, ..."""

from __future__ import annotations

from gradio.layouts.accordion import Accordion
from gradio.layouts.column import Column
from gradio.layouts.form import Form
from gradio.layouts.group import Group
from gradio.layouts.row import Row
from gradio.layouts.sidebar import Sidebar
from gradio.layouts.tab import Tab, TabItem
from gradio.layouts.tabs import Tabs

__all__ = ["Accordion", "Column", "Form", "Group", "Row", "Sidebar", "Tab", "TabItem", "Tabs"]
