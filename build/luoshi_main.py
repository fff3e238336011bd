"""Entry script of the frozen bundle: the same as ``python -m desktop``, except that an error
nothing else caught is shown as one Chinese message (details in the log folder), never as
PyInstaller's English traceback dialog."""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    try:
        code = main()
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:          # noqa: BLE001 — the last resort, by design
        from desktop.gui_entry import report_fatal

        code = report_fatal(exc)
    sys.exit(code)
