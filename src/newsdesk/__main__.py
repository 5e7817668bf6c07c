"""``python -m newsdesk``: the command line, as the ``newsdesk`` script runs it."""

from newsdesk.cli import main

main()
