"""What `briefing check` does unless told otherwise: here, not in the modules that do the checking, so that the
command line can show them without importing those (every `briefing build` builds the whole parser)."""

DEFAULT_MAX_PAGE_BYTES = 512 * 1024  # an HTML page larger than this is flagged
TEXT_PLACES = 5  # places shown per rule in the text report
