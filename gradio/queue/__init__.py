"""The event queue: joins, concurrency, messages, diffs, sessions."""
