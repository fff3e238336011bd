"""Two kinds of trouble: expected (a plain Chinese message saying what to do) and bugs."""


class UserError(Exception):
    """Expected trouble — bad input, a locked or full disk, a workspace too new.

    ``message`` is shown to the user as it is: Chinese, saying what happened and
    what to do. The command line prints it and exits with ``exit_code``.
    """

    exit_code = 2

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class BadInputError(UserError):
    """An input file the program cannot read (missing, empty, binary, corrupt, too big)."""


class WorkspaceError(UserError):
    """The workspace file cannot be opened or written as asked."""
