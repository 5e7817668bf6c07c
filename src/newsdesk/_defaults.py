"""Defaults that both the config models and the command line's help show.

They live in a module that imports nothing, so that ``newsdesk --help`` can print them
without loading the config models (pydantic) it would otherwise read them from.
"""

#: The config file a command reads when neither ``--config`` nor ``NEWSDESK_CONFIG`` names one.
DEFAULT_CONFIG_NAME = "newsdesk.yaml"
#: The Redis of the Celery broker, its results and the shared limits (``execution.broker``).
DEFAULT_BROKER = "redis://127.0.0.1:6379/0"
