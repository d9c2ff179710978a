"""Route handlers by group; `server/app.py` assembles them."""
