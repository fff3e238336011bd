"""The SQLite workspace: schema, migrations, backups and queries (no Qt here)."""

from desktop.store.workspace import Workspace, open_workspace

__all__ = ["Workspace", "open_workspace"]
