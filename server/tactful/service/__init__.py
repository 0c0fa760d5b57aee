"""Use cases: gather inputs through ports, call the pure core, hand back results."""
