"""``restore``: a backup's content into the workspace (built beside ``backup``, in desktop.commands.backup)."""

from desktop.commands.backup import register_restore as register

__all__ = ["register"]
