"""Subcommands of the kg CLI, discovered by kg.cli (one module each)."""
