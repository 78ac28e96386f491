"""CSV parsing and writing.

This module provides classes that assist in the reading and writing
of Comma Separated Value (CSV) files, and implements the interface
described by PEP 305.  Although many CSV files are simple to parse,
the format is not formally defined by a stable specification and
is subtle enough that parsing lines of a CSV file with something
like line.split(",") is bound to fail.  The module supports three
basic APIs: reading, writing, and registration of dialects.
"""

# _csv — the C half of CPython 3.11's csv module (Modules/_csv.c),
# rewritten in kata Python: the Dialect type and its validation, the
# dialect registry, reader (the parser's state machine, with a fast path
# for lines that hold no quote or escape character) and writer (quoting
# and escaping as join_append_data does), field_size_limit, Error. The
# messages are _csv.c's of 3.11 (which, unlike later versions, quotes a
# field for a newline only when the line terminator holds that
# character, and lets the delimiter be any character).

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

class _Eol:
    pass

_EOL = _Eol()           # what the parser is fed at the end of each line
_field_limit = 128 * 1024
_dialects = {}


class Error(Exception):
    pass


def _arg_count(args, most):
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > most:
        raise TypeError(" expected at most %d arguments, got %d" % (most, len(args)))


_KEYWORDS = ("delimiter", "doublequote", "escapechar", "lineterminator",
             "quotechar", "quoting", "skipinitialspace", "strict")


def _set_char(name, src, dflt):
    if src is _UNSET:
        return dflt
    if not isinstance(src, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _set_char_or_none(name, src, dflt):
    if src is _UNSET:
        return dflt
    if src is None:
        return None
    if not isinstance(src, str):
        raise TypeError('"%s" must be string or None, not %s' % (name, type(src).__name__))
    if len(src) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return src


def _set_bool(src, dflt):
    if src is _UNSET:
        return dflt
    return bool(src)


def _set_int(name, src, dflt):
    if src is _UNSET:
        return dflt
    if type(src) is not int:
        raise TypeError('"%s" must be an integer' % name)
    if not -2**31 <= src < 2**31:
        raise OverflowError("Python int too large to convert to C int")
    return src


def _set_str(name, src, dflt):
    if src is _UNSET:
        return dflt
    if src is None:
        return None
    if not isinstance(src, str):
        raise TypeError('"%s" must be a string' % name)
    return src


class _Unset:
    def __repr__(self):
        return "<unset>"

_UNSET = _Unset()


def _get_dialect_from_registry(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None
    except TypeError:
        raise Error("unknown dialect") from None


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    def __new__(cls, *args, **kwargs):
        if len(args) > 9:
            raise TypeError("function takes at most 9 arguments (%d given)" % len(args))
        names = ("dialect",) + _KEYWORDS
        given = {}
        for i, v in enumerate(args):
            given[names[i]] = v
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
            if k in given:
                raise TypeError("argument for function given by name ('%s') and position (%d)"
                                % (k, names.index(k) + 1))
            given[k] = v
        dialect = given.pop("dialect", None)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = _get_dialect_from_registry(dialect)
            # Can we reuse this instance?
            if isinstance(dialect, Dialect) and not given:
                return dialect
        v = {}
        for name in _KEYWORDS:
            if name in given:
                v[name] = given[name]
            elif dialect is not None:
                try:
                    v[name] = getattr(dialect, name)
                except AttributeError:
                    v[name] = _UNSET
            else:
                v[name] = _UNSET

        self = object.__new__(cls)
        st = object.__setattr__
        delimiter = _set_char("delimiter", v["delimiter"], ",")
        doublequote = _set_bool(v["doublequote"], True)
        escapechar = _set_char_or_none("escapechar", v["escapechar"], None)
        lineterminator = _set_str("lineterminator", v["lineterminator"], "\r\n")
        quotechar = _set_char_or_none("quotechar", v["quotechar"], '"')
        quoting = _set_int("quoting", v["quoting"], QUOTE_MINIMAL)
        skipinitialspace = _set_bool(v["skipinitialspace"], False)
        strict = _set_bool(v["strict"], False)

        # validate options
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if v["quotechar"] is None and v["quoting"] is _UNSET:
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        st(self, "_delimiter", delimiter)
        st(self, "_doublequote", doublequote)
        st(self, "_escapechar", escapechar)
        st(self, "_lineterminator", lineterminator)
        st(self, "_quotechar", quotechar)
        st(self, "_quoting", quoting)
        st(self, "_skipinitialspace", skipinitialspace)
        st(self, "_strict", strict)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __setattr__(self, name, value):
        if name in _KEYWORDS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'Dialect' instances")

    @property
    def delimiter(self):
        return self._delimiter

    @property
    def doublequote(self):
        return self._doublequote

    @property
    def escapechar(self):
        return self._escapechar

    @property
    def lineterminator(self):
        return self._lineterminator

    @property
    def quotechar(self):
        return self._quotechar

    @property
    def quoting(self):
        return self._quoting

    @property
    def skipinitialspace(self):
        return self._skipinitialspace

    @property
    def strict(self):
        return self._strict


def _call_dialect(dialect_inst, kwargs):
    if dialect_inst is not _UNSET:
        return Dialect(dialect_inst, **kwargs)
    return Dialect(**kwargs)


def _is_number(v):
    # PyNumber_Check: what int(), float() or operator.index() accept
    t = type(v)
    if isinstance(v, (int, float)):
        return True
    return hasattr(t, "__float__") or hasattr(t, "__int__") or hasattr(t, "__index__")


# ---------------------------------------------------------------- reader

_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8


class reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, *args, **kwargs):
        if len(args) != 3 or args[0] is not _UNSET:
            raise TypeError("cannot create '_csv.reader' instances")
        input_iter, dialect = args[1], args[2]
        object.__setattr__(self, "_input_iter", input_iter)
        object.__setattr__(self, "_dialect", dialect)
        object.__setattr__(self, "_line_num", 0)
        self._reset()

    def __setattr__(self, name, value):
        if name in ("dialect", "line_num"):
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.reader' object has no attribute '%s'" % name)

    @property
    def dialect(self):
        return self._dialect

    @property
    def line_num(self):
        return self._line_num

    def _reset(self):
        st = object.__setattr__
        st(self, "_fields", [])
        st(self, "_field", [])
        st(self, "_state", _START_RECORD)
        st(self, "_numeric", False)

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field.clear()
        if self._numeric:
            object.__setattr__(self, "_numeric", False)
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _fast(self, line):
        # The fields of a whole record on one line holding no quote or
        # escape character, as the state machine would find them; None
        # when the line needs the state machine.
        d = self._dialect
        if d._skipinitialspace:
            return None
        if d._escapechar is not None and d._escapechar in line:
            return None
        if d._quoting != QUOTE_NONE and d._quotechar in line:
            return None
        body = line.rstrip("\r\n")
        if "\r" in body or "\n" in body:
            return None
        if not body:
            return []
        fields = body.split(d._delimiter)
        for f in fields:
            if len(f) > _field_limit:
                return None
        if d._quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        return fields

    def __next__(self):
        self._reset()
        while True:
            try:
                line = next(self._input_iter)
            except StopIteration:
                # End of input
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self._dialect._strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            object.__setattr__(self, "_line_num", self._line_num + 1)
            if self._state == _START_RECORD:
                fields = self._fast(line)
                if fields is not None:
                    return fields
            for c in line:
                self._process_char(c)
            self._process_char(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        object.__setattr__(self, "_fields", [])
        return fields

    def _process_char(self, c):
        d = self._dialect
        state = self._state
        st = object.__setattr__
        if state == _START_RECORD:
            # start of record
            if c is _EOL:
                # empty line - return []
                return
            if c == "\n" or c == "\r":
                st(self, "_state", _EAT_CRNL)
                return
            # normal character - handle as START_FIELD
            state = _START_FIELD
            st(self, "_state", _START_FIELD)
        if state == _START_FIELD:
            # expecting field
            if c == "\n" or c == "\r" or c is _EOL:
                # save empty field - return [fields]
                self._save_field()
                st(self, "_state", _START_RECORD if c is _EOL else _EAT_CRNL)
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                # start quoted field
                st(self, "_state", _IN_QUOTED_FIELD)
            elif c == d._escapechar:
                # possible escaped character
                st(self, "_state", _ESCAPED_CHAR)
            elif c == " " and d._skipinitialspace:
                # ignore spaces at start of field
                pass
            elif c == d._delimiter:
                # save empty field
                self._save_field()
            else:
                # begin new unquoted field
                if d._quoting == QUOTE_NONNUMERIC:
                    st(self, "_numeric", True)
                self._add_char(c)
                st(self, "_state", _IN_FIELD)
            return
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                st(self, "_state", _AFTER_ESCAPED_CRNL)
                return
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            st(self, "_state", _IN_FIELD)
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = _IN_FIELD
        if state == _IN_FIELD:
            # in unquoted field
            if c == "\n" or c == "\r" or c is _EOL:
                # end of line - return [fields]
                self._save_field()
                st(self, "_state", _START_RECORD if c is _EOL else _EAT_CRNL)
            elif c == d._escapechar:
                # possible escaped character
                st(self, "_state", _ESCAPED_CHAR)
            elif c == d._delimiter:
                # save field - wait for new field
                self._save_field()
                st(self, "_state", _START_FIELD)
            else:
                # normal character - save in field
                self._add_char(c)
            return
        if state == _IN_QUOTED_FIELD:
            # in quoted field
            if c is _EOL:
                pass
            elif c == d._escapechar:
                # Possible escape character
                st(self, "_state", _ESCAPE_IN_QUOTED_FIELD)
            elif c == d._quotechar and d._quoting != QUOTE_NONE:
                if d._doublequote:
                    # doublequote; " represented by ""
                    st(self, "_state", _QUOTE_IN_QUOTED_FIELD)
                else:
                    # end of quote part of field
                    st(self, "_state", _IN_FIELD)
            else:
                # normal character - save in field
                self._add_char(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            st(self, "_state", _IN_QUOTED_FIELD)
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            # doublequote - seen a quote in a quoted field
            if d._quoting != QUOTE_NONE and c == d._quotechar:
                # save "" as "
                self._add_char(c)
                st(self, "_state", _IN_QUOTED_FIELD)
            elif c == d._delimiter:
                # save field - wait for new field
                self._save_field()
                st(self, "_state", _START_FIELD)
            elif c == "\n" or c == "\r" or c is _EOL:
                # end of line - return [fields]
                self._save_field()
                st(self, "_state", _START_RECORD if c is _EOL else _EAT_CRNL)
            elif not d._strict:
                self._add_char(c)
                st(self, "_state", _IN_FIELD)
            else:
                # illegal
                raise Error("'%s' expected after '%s'" % (d._delimiter, d._quotechar))
            return
        if state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                st(self, "_state", _START_RECORD)
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")


_Reader = reader


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
"""
    _arg_count(args, 2)
    input_iter = iter(args[0])
    dialect = _call_dialect(args[1] if len(args) > 1 else _UNSET, kwargs)
    return _Reader(_UNSET, input_iter, dialect)


# ---------------------------------------------------------------- writer

class writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, *args, **kwargs):
        if len(args) != 3 or args[0] is not _UNSET:
            raise TypeError("cannot create '_csv.writer' instances")
        object.__setattr__(self, "_write", args[1])
        object.__setattr__(self, "_dialect", args[2])

    def __setattr__(self, name, value):
        if name == "dialect":
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.writer' object has no attribute '%s'" % name)

    @property
    def dialect(self):
        return self._dialect

    def _join_field(self, parts, field, quoted):
        # Append one field to parts (after the delimiter when not the
        # first), quoted and escaped as the dialect asks: join_append_data.
        d = self._dialect
        delimiter = d._delimiter
        quotechar = d._quotechar
        escapechar = d._escapechar
        if parts:
            parts.append(delimiter)
        if field is None:
            field = ""
        special = delimiter in field
        if not special and quotechar is not None and quotechar in field:
            special = True
        if not special and escapechar is not None and escapechar in field:
            special = True
        if not special:
            for c in d._lineterminator:
                if c in field:
                    special = True
                    break
        if not special:
            if quoted:
                parts.append(quotechar + field + quotechar)
            else:
                parts.append(field)
            return
        lineterminator = d._lineterminator
        quote_none = d._quoting == QUOTE_NONE
        out = []
        for c in field:
            want_escape = False
            if (c == delimiter or c == escapechar or c == quotechar or
                    c in lineterminator):
                if quote_none:
                    want_escape = True
                else:
                    if c == quotechar:
                        if d._doublequote:
                            out.append(quotechar)
                        else:
                            want_escape = True
                    elif c == escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(escapechar)
            out.append(c)
        if quoted:
            parts.append(quotechar + "".join(out) + quotechar)
        else:
            parts.append("".join(out))

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        d = self._dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        quoting = d._quoting
        parts = []
        nfields = 0
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is not None and not isinstance(field, str):
                field = str(field)
            self._join_field(parts, field, quoted)
            nfields += 1
        if nfields == 1 and parts == [""]:
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts = [d._quotechar + d._quotechar]
        parts.append(d._lineterminator)
        return self._write("".join(parts))

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


_Writer = writer


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
"""
    _arg_count(args, 2)
    write = getattr(args[0], "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    dialect = _call_dialect(args[1] if len(args) > 1 else _UNSET, kwargs)
    return _Writer(_UNSET, write, dialect)


# ---------------------------------------------------------------- registry

def list_dialects():
    """Return a list of all known dialect names.

    names = csv.list_dialects()"""
    return list(_dialects)


def register_dialect(*args, **kwargs):
    """Create a mapping from a string name to a dialect class.

    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    _arg_count(args, 2)
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _call_dialect(args[1] if len(args) > 1 else _UNSET, kwargs)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name.

    csv.unregister_dialect(name)"""
    try:
        del _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def get_dialect(name):
    """Return the dialect instance associated with name.

    dialect = csv.get_dialect(name)"""
    return _get_dialect_from_registry(name)


def field_size_limit(new_limit=_UNSET):
    """Sets an upper limit on parsed fields.

    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    old = _field_limit
    if new_limit is not _UNSET:
        if type(new_limit) is not int:
            raise TypeError("limit must be an integer")
        _field_limit = new_limit
    return old
