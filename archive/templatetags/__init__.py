"""Template tags for the reader pages."""
