"""warnings: the part of CPython's module that library code (Django's Paginator) and learners
use — warn(), catch_warnings(record=True), simplefilter()/filterwarnings(). ormkata has no
stderr for the learner, so a warning that nobody records is dropped (CPython prints it there)."""

_filters = []          # (action, category) pairs, newest first
_recording = []        # the lists of the innermost catch_warnings(record=True)


class WarningMessage:
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ("error", "ignore", "always", "default", "module", "once"):
        raise AssertionError("invalid action: %r" % (action,))
    if append:
        _filters.append((action, category))
    else:
        _filters.insert(0, (action, category))


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    simplefilter(action, category, lineno, append)


def resetwarnings():
    del _filters[:]


def _action_for(category):
    for action, cat in _filters:
        if issubclass(category, cat):
            return action
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    action = _action_for(category)
    if action == "ignore":
        return
    if not isinstance(message, Warning):
        message = category(message)
    if action == "error":
        raise message
    for log in reversed(_recording):
        if log is not None:
            log.append(WarningMessage(message, category, "<unknown>", 0, source=source))
            return


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._entered = False
        self._action = action
        self._category = category
        self._lineno = lineno
        self._append = append

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._saved_filters = list(_filters)
        if self._action:
            simplefilter(self._action, self._category, self._lineno, self._append)
        if self._record:
            log = []
            _recording.append(log)
            return log
        _recording.append(None)
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        _filters[:] = self._saved_filters
        _recording.pop()
        return None
