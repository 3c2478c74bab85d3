"""Runs: what drives many shipments (batch streaming, worker processes, evaluation)
and builds a ready screener from a run's options."""
