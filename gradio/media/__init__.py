"""Image and audio conversion helpers; numpy and PIL are imported only when called."""
