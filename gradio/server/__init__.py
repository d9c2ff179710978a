"""The HTTP server: route table, routes by group, SSE framing, launch."""
