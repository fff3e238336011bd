"""落实 Luoshi: carry out a government work plan and report on it."""

__version__ = "0.1.0"
