"""Readers and writers: order files in, screened rows out."""
