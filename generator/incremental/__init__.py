"""What makes a build incremental: the cache folder's layout, atomic writes, and the keys that say what changed."""
