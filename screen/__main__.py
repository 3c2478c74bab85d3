"""`python -m screen`."""

from screen.cli import main

main()
