"""The domain: plans, tasks, units, targets, deadlines — pure Python, no Qt, no SQLite."""
