"""Developer tools that use Qt (PySide6): the README's screenshots (``screenshots``,
``screenshots_exchange``, ``draft_shot``) and the client probes the benchmark runs in a
process of their own (``perf``). Qt is imported inside functions, never at module load."""
