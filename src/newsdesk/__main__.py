"""``python -m newsdesk``: the command line, as the ``newsdesk`` script runs it."""

from newsdesk._start import main

main()
