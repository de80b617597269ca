"""`briefing check`: the pre-publication checklist over the built site (site.py, feeds.py) and content/ (content.py)."""
