"""briefing: a static-site generator for a conflict briefing digest."""

__version__ = "0.1.0"
