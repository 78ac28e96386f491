# re — CPython 3.11's `re` API (Lib/re/__init__.py) on the native engine:
# _re.Program (engine/mod_re.c) compiles with engine/regex.c and runs one
# match; Pattern, Match, templates for sub(), split(), findall() and the
# compile cache are here, with CPython's semantics and messages. The
# template parser and the scan loops follow Lib/re/_parser.py's
# parse_template and Modules/_sre.c's pattern_subx/pattern_split.

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"

_MATCH, _SEARCH, _FULLMATCH, _ADVANCE = 0, 1, 2, 8
_MAXREPEAT = 4294967295
MAXGROUPS = 1073741823


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error

# ---------------------------------------------------------------- flags

_FLAG_DEFS = [
    ('NOFLAG', 0), ('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
    ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128),
]


class RegexFlag(int):
    """re's flags: ints that print as re.IGNORECASE|re.MULTILINE."""

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        for n, b in _FLAG_DEFS:
            if b == v:
                return n
        names = [n for n, b in _FLAG_DEFS if b and v & b == b]
        return '|'.join(names) if names else None

    def __repr__(self):
        v = int(self)
        if v < 0:
            v = v & 0x1ff
        for n, b in _FLAG_DEFS:
            if b == v:
                return 're.' + n
        parts = []
        rest = v
        for n, b in _FLAG_DEFS:
            if b and v & b == b:
                parts.append('re.' + n)
                rest &= ~b
        if rest:
            parts.append(hex(rest))
        return '|'.join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

_PATTERN_FLAG_ORDER = [
    ('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
    ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256),
]

# ---------------------------------------------------------------- Pattern


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, prog):
        flags, groups, names = prog.info()
        self._pattern = pattern
        self._prog = prog
        self._flags = flags
        self._groups = groups
        index = {}
        for i, n in enumerate(names):
            if n is not None:
                index[n] = i + 1
        self._groupindex = index

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        from types import MappingProxyType
        return MappingProxyType(dict(self._groupindex))

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        r = repr(self._pattern)[:200]
        if not flags:
            return 're.compile(%s)' % r
        parts = []
        for n, b in _PATTERN_FLAG_ORDER:
            if flags & b:
                parts.append('re.' + n)
                flags &= ~b
        if flags:
            parts.append(hex(flags))
        return 're.compile(%s, %s)' % (r, '|'.join(parts))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def _run(self, string, pos, endpos, mode):
        r = self._prog.exec(string, pos, endpos, mode)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=_MAXREPEAT):
        return self._run(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=_MAXREPEAT):
        return self._run(string, pos, endpos, _FULLMATCH)

    def search(self, string, pos=0, endpos=_MAXREPEAT):
        return self._run(string, pos, endpos, _SEARCH)

    def _scan(self, string, pos, endpos):
        # the raw results of successive searches, as sre's scanner moves on
        prog = self._prog
        mode = _SEARCH
        while True:
            r = prog.exec(string, pos, endpos, mode)
            if r is None:
                return
            yield r
            mode = _SEARCH | _ADVANCE if r[0] == r[1] else _SEARCH
            pos = r[1]

    def _check(self, string):
        # the TypeError sre raises when the scanner is made
        if isinstance(string, str):
            if isinstance(self._pattern, bytes):
                raise TypeError("cannot use a bytes pattern on a string-like object")
        elif isinstance(string, bytes):
            if isinstance(self._pattern, str):
                raise TypeError("cannot use a string pattern on a bytes-like object")
        else:
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)

    def finditer(self, string, pos=0, endpos=_MAXREPEAT):
        self._check(string)
        return self._finditer(string, pos, endpos)

    def _finditer(self, string, pos, endpos):
        for r in self._scan(string, pos, endpos):
            yield Match(self, string, pos, endpos, r)

    def findall(self, string, pos=0, endpos=_MAXREPEAT):
        out = []
        g = self._groups
        for r in self._scan(string, pos, endpos):
            if g == 0:
                out.append(string[r[0]:r[1]])
            elif g == 1:
                out.append(_slice(string, r[2], r[3]))
            else:
                out.append(tuple([_slice(string, r[2 * i], r[2 * i + 1]) for i in range(1, g + 1)]))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        g = self._groups
        prog = self._prog
        mode = _SEARCH
        pos = 0
        while not maxsplit or n < maxsplit:
            r = prog.exec(string, pos, _MAXREPEAT, mode)
            if r is None:
                break
            out.append(string[last:r[0]])
            for i in range(1, g + 1):
                out.append(_slice(string, r[2 * i], r[2 * i + 1]) if r[2 * i] >= 0 else None)
            n += 1
            mode = _SEARCH | _ADVANCE if r[0] == r[1] else _SEARCH
            last = pos = r[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count, True)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count, False)

    def _subx(self, repl, string, count, with_n):
        if callable(repl):
            template = None
        else:
            if (isinstance(repl, str) and '\\' not in repl) or (isinstance(repl, bytes) and b'\\' not in repl):
                template = ([], [repl])
            else:
                template = _compile_template(self, repl)
        pieces = []
        i = 0
        n = 0
        prog = self._prog
        mode = _SEARCH
        pos = 0
        while not count or n < count:
            r = prog.exec(string, pos, _MAXREPEAT, mode)
            if r is None:
                break
            b, e = r[0], r[1]
            if i < b:
                pieces.append(string[i:b])
            if template is None:
                item = repl(Match(self, string, 0, _MAXREPEAT, r))
                if item is not None:
                    pieces.append(item)
            else:
                groups, literals = template
                if not groups:
                    if literals[0]:
                        pieces.append(literals[0])
                else:
                    pieces.append(_expand(string, r, groups, literals))
            i = e
            n += 1
            mode = _SEARCH | _ADVANCE if b == e else _SEARCH
            pos = e
        if i < len(string):
            pieces.append(string[i:])
        out = (string[:0]).join(pieces)
        if with_n:
            return (out, n)
        return out

    def scanner(self, string, pos=0, endpos=_MAXREPEAT):
        raise NotImplementedError("Pattern.scanner() is not available in kata Python")


def _slice(string, a, b):
    if a < 0 or b < 0:
        return string[:0]
    return string[a:b]


def _expand(string, r, groups, literals):
    lits = list(literals)
    empty = string[:0]
    for index, group in groups:
        s = _slice(string, r[2 * group], r[2 * group + 1]) if r[2 * group] >= 0 else empty
        lits[index] = s
    return empty.join(lits)


# ---------------------------------------------------------------- Match


class Match:
    """The result of re.match() and re.search()."""

    def __init__(self, pattern, string, pos, endpos, r):
        self._re = pattern
        self._string = string
        n = len(string)
        self._pos = 0 if pos < 0 else n if pos > n else pos
        self._endpos = 0 if endpos < 0 else n if endpos > n else endpos
        self._r = r
        self._lastindex = r[-1]

    @property
    def string(self):
        return self._string

    @property
    def re(self):
        return self._re

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def lastindex(self):
        return self._lastindex if self._lastindex else None

    @property
    def lastgroup(self):
        li = self._lastindex
        if not li:
            return None
        for name, i in self._re._groupindex.items():
            if i == li:
                return name
        return None

    @property
    def regs(self):
        r = self._r
        return tuple([(r[2 * i], r[2 * i + 1]) for i in range(self._re._groups + 1)])

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self._re._groups:
                return int(g)
        elif isinstance(g, (str, bytes)) or not hasattr(type(g), '__index__'):
            try:
                i = self._re._groupindex[g]
            except (KeyError, TypeError):
                raise IndexError("no such group")
            return i
        else:
            i = type(g).__index__(g)
            if 0 <= i <= self._re._groups:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        r = self._r
        a = r[2 * i]
        if a < 0:
            return default
        return self._string[a:r[2 * i + 1]]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(i, default) for i in range(1, self._re._groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, i in self._re._groupindex.items():
            d[name] = self._get(i, default)
        return d

    def start(self, group=0):
        return self._r[2 * self._index(group)]

    def end(self, group=0):
        return self._r[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._r[2 * i], self._r[2 * i + 1])

    def expand(self, template):
        groups, literals = _compile_template(self._re, template)
        lits = list(literals)
        empty = self._string[:0]
        for index, group in groups:
            s = self._get(group)
            lits[index] = empty if s is None else s
        return empty.join(lits)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._r[0], self._r[1], repr(self._string[self._r[0]:self._r[1]])[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = 're'
Match.__module__ = 're'

# ---------------------------------------------------------------- templates

_OCT = '01234567'
_DIG = '0123456789'
_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'


class _Tok:
    # _parser.Tokenizer for templates: "next" is a char or a backslash pair
    def __init__(self, string):
        self.istext = isinstance(string, str)
        self.string = string
        if not self.istext:
            string = ''.join([chr(b) for b in string])
        self.decoded = string
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.decoded):
            self.next = None
            return
        char = self.decoded[index]
        if char == '\\':
            index += 1
            if index >= len(self.decoded):
                raise error("bad escape (end of pattern)", self.string, len(self.string) - 1)
            char += self.decoded[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def tell(self):
        return self.index - len(self.next or '')

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode('ascii', 'backslashreplace').decode('ascii')
        return error(msg, self.string, self.tell() - offset)

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result


def _compile_template(pattern, repl):
    s = _Tok(repl)
    groups = []
    literals = []
    literal = []
    ngroups = pattern._groups

    def addgroup(index, pos):
        if index > ngroups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            literals.append(''.join(literal))
            del literal[:]
        groups.append((len(literals), index))
        literals.append(None)

    groupindex = pattern._groupindex
    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == '\\':
            c = this[1]
            if c == 'g':
                if not s.match('<'):
                    raise s.error("missing <")
                name = s.getuntil('>', "group name")
                if name.isidentifier():
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name %r" % name) from None
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name, len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == '0':
                if s.next is not None and s.next in _OCT:
                    this += s.get()
                    if s.next is not None and s.next in _OCT:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in _DIG:
                isoctal = False
                if s.next is not None and s.next in _DIG:
                    this += s.get()
                    if c in _OCT and this[2] in _OCT and s.next is not None and s.next in _OCT:
                        this += s.get()
                        isoctal = True
                        c = int(this[1:], 8)
                        if c > 0o377:
                            raise s.error('octal escape value %s outside of range 0-0o377' % this, len(this))
                        literal.append(chr(c))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                if c in _ESCAPES:
                    this = _ESCAPES[c]
                elif c in _LETTERS:
                    raise s.error('bad escape %s' % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        literals.append(''.join(literal))
    if not isinstance(repl, str):
        literals = [None if x is None else x.encode('latin-1') for x in literals]
    return groups, literals


# ---------------------------------------------------------------- functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & DEBUG:
        raise NotImplementedError("re.DEBUG is not available in kata Python")
    prog = _re.Program.compile(pattern, flags)
    if isinstance(prog, tuple):
        msg, pos, kind = prog
        if kind == 1:
            raise OverflowError(msg)
        if kind == 2:
            raise ValueError(msg)
        raise error(msg, pattern, pos)
    p = Pattern(pattern, prog)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[type(pattern), pattern, flags] = p
    return p


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | T)


_special_chars_map = {i: '\\' + chr(i) for i in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    else:
        pattern = str(pattern, 'latin1')
        return pattern.translate(_special_chars_map).encode('latin1')
