"""The package version, read by `screen --version`, the on-disk cache keys and the
build (pyproject.toml takes it from here), so no run looks up package metadata."""

__version__ = "0.2.0"
