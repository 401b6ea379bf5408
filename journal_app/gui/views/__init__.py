"""The main views, each with its models and editors; the lazy-view registry is in registry.py."""
