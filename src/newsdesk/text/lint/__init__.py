"""House-style checker for newsroom copy; the entry points live in `checker`."""
