"""Rule families of the house-style checker, one module per family."""
