"""Stage 5: turn the site index into output files (HTML pages, feed, sitemap)."""
