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


_OS_WORDS = {
    2: "文件或文件夹不存在", 13: "没有访问权限", 17: "文件已存在", 20: "路径中有一段不是文件夹",
    21: "这是一个文件夹", 28: "磁盘空间已满", 30: "磁盘只读", 32: "文件被其他程序占用",
    36: "文件名太长",
}


def os_error_words(exc: BaseException) -> str:
    """An OS error in plain Chinese, for messages that quote it (Windows and POSIX numbers)."""
    errno = getattr(exc, "errno", None)
    if getattr(exc, "winerror", None) in (32, 33):      # sharing / lock violation on Windows
        return "文件被其他程序占用（例如正在 Word 或 WPS 中打开）"
    if errno in _OS_WORDS:
        return _OS_WORDS[errno]
    return getattr(exc, "strerror", None) or str(exc)
