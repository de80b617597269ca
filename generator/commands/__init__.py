"""The command-line verbs: one module each (build, serve, init, entities, check/), and the CLI that parses them."""
