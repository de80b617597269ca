"""Stage 5: the site index as output files (pages, feeds, sitemap, static files), each with its key; publish writes them."""
