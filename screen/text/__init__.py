"""Text normalisation shared by every matcher."""
