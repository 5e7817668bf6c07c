"""The desk server: the review desk in a browser, the JSON API and the MCP endpoint,
all on one :class:`newsdesk.core.Newsdesk`."""
