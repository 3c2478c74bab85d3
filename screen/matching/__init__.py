"""Matchers: phrases (goods and places) and names (listed parties)."""
