"""Natural-language stages: sentence splitting, summaries, entities."""
