"""`TabbedInterface`: several Interfaces (or Blocks apps) side by side, one tab each."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from gradio.blocks.blocks import Blocks


class TabbedInterface(Blocks):
    """Shows each given app in a tab of its own, under an optional title.

    Parameters:
        interface_list: the Interfaces or Blocks apps, one per tab.
        tab_names: the tab labels (default `"Tab 0"`, `"Tab 1"`, ...); with fewer names
            than apps, only as many apps as names are shown.
        title: a heading above the tabs, also the page title.
        analytics_enabled: accepted for compatibility; nothing is ever sent.
        tabs_kwargs: keyword arguments for the `gr.Tabs` holding the tabs.
    """

    def __init__(
        self,
        interface_list: Sequence[Blocks],
        tab_names: list[str] | None = None,
        title: str | None = None,
        analytics_enabled: bool | None = None,
        tabs_kwargs: dict[str, Any] | None = None,
    ) -> None:
        from gradio.components.markdown import Markdown
        from gradio.layouts.tab import Tab
        from gradio.layouts.tabs import Tabs

        super().__init__(
            title=title or "Gradio",
            analytics_enabled=analytics_enabled,
            mode="tabbed_interface",
            fill_height=True,
        )
        self.interface_list = list(interface_list)
        """The apps shown, in tab order."""
        count = len(self.interface_list)
        names = tab_names if tab_names is not None else [f"Tab {i}" for i in range(count)]
        with self:
            if title:
                Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{title}</h1>")
            with Tabs(**(tabs_kwargs or {})):
                for app, name in zip(self.interface_list, names, strict=False):
                    with Tab(label=name, scale=1 if app.fill_height else None):
                        app.render()
