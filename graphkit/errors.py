"""The errors a user can cause, and the exit codes of the command line.

Every error a user can cause (a bad option, a folder that cannot be written, an unreachable
store, a malformed query) is a :class:`GraphkitError` whose message is one line naming what
and where; the command line prints it as ``error: ...`` and exits with its ``exit_code``.
Anything else is a bug and keeps its traceback.

Exit codes of ``graphkit``:

====  ========================================================================================
0     done
1     done, with something to look at: inputs skipped (build), violations (validate)
2     nothing done: a usage error or a user error (the ``error:`` line says which)
3     nothing done: the folder is locked by another build, or holds no complete build
70    a bug in graphkit (the traceback is printed)
130   interrupted (Ctrl-C)
====  ========================================================================================
"""

from __future__ import annotations

__all__ = ["GraphkitError", "EXIT_OK", "EXIT_SKIPPED", "EXIT_USAGE", "EXIT_BUSY", "EXIT_BUG",
           "EXIT_INTERRUPTED"]

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_USAGE = 2
EXIT_BUSY = 3
EXIT_BUG = 70
EXIT_INTERRUPTED = 130


class GraphkitError(Exception):
    """An error the user can fix; ``str(error)`` is one line naming what and where.

    >>> str(GraphkitError("out: cannot write the output folder (Permission denied)"))
    'out: cannot write the output folder (Permission denied)'
    """

    exit_code = EXIT_USAGE

    @classmethod
    def like(cls, other: GraphkitError) -> GraphkitError:
        """This kind of error with ``other``'s message and exit code."""
        err = cls(str(other))
        err.exit_code = other.exit_code
        return err
