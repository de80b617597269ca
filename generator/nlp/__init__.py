"""Stage 3: what the build computes from each article's text (summary, entities, key figures, story; cached per
article, see analysis.py), merged with what people wrote (enrich.py), and one entity per real-world entity across the site
(resolve.py)."""
