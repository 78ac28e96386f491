"""pprint: pformat/pprint as CPython 3.11's PrettyPrinter lays out dicts
(keys sorted), lists, tuples and sets (indent=1, width=80, not compact).
Other objects, long strings included, are their repr on one line (CPython
also splits long strings and bytes, and knows dataclasses, Counter, ...).
"""


def _sorted_safe(items, key=None):
    try:
        return sorted(items, key=key)
    except TypeError:
        if key is None:
            return sorted(items, key=lambda x: (str(type(x)), repr(x)))
        return sorted(items, key=lambda x: (str(type(key(x))), repr(key(x))))


def _first(pair):
    return pair[0]


def _safe_repr(obj, sort_dicts):
    typ = type(obj)
    if typ is dict:
        if not obj:
            return "{}"
        items = list(obj.items())
        if sort_dicts:
            items = _sorted_safe(items, _first)
        return "{%s}" % ", ".join(["%s: %s" % (_safe_repr(k, sort_dicts), _safe_repr(v, sort_dicts))
                                   for k, v in items])
    if typ is list or typ is tuple:
        if typ is list:
            if not obj:
                return "[]"
            fmt = "[%s]"
        elif len(obj) == 1:
            fmt = "(%s,)"
        else:
            if not obj:
                return "()"
            fmt = "(%s)"
        return fmt % ", ".join([_safe_repr(o, sort_dicts) for o in obj])
    return repr(obj)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        self._indent_per_level = indent
        self._width = width
        self._sort_dicts = sort_dicts

    def pformat(self, obj):
        out = []
        self._format(obj, out, 0, 0)
        return "".join(out)

    def _repr(self, obj):
        return _safe_repr(obj, self._sort_dicts)

    def _format(self, obj, out, indent, allowance):
        rep = self._repr(obj)
        if len(rep) > self._width - indent - allowance:
            typ = type(obj)
            if typ is dict and obj:
                self._pprint_dict(obj, out, indent, allowance)
                return
            if typ is list and obj:
                out.append("[")
                self._format_items(obj, out, indent, allowance + 1)
                out.append("]")
                return
            if typ is tuple and obj:
                endchar = ",)" if len(obj) == 1 else ")"
                out.append("(")
                self._format_items(obj, out, indent, allowance + len(endchar))
                out.append(endchar)
                return
            if (typ is set or typ is frozenset) and obj:
                if typ is set:
                    out.append("{")
                    endchar = "}"
                else:
                    out.append("frozenset({")
                    endchar = "})"
                    indent += len("frozenset") + 1
                self._format_items(_sorted_safe(obj), out, indent, allowance + len(endchar))
                out.append(endchar)
                return
        out.append(rep)

    def _pprint_dict(self, obj, out, indent, allowance):
        out.append("{")
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        items = list(obj.items())
        if self._sort_dicts:
            items = _sorted_safe(items, _first)
        indent += self._indent_per_level
        delimnl = ",\n" + " " * indent
        last_index = len(items) - 1
        for i in range(len(items)):
            key, ent = items[i]
            last = i == last_index
            rep = self._repr(key)
            out.append(rep)
            out.append(": ")
            self._format(ent, out, indent + len(rep) + 2, allowance + 1 if last else 1)
            if not last:
                out.append(delimnl)
        out.append("}")

    def _format_items(self, items, out, indent, allowance):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        delimnl = ",\n" + " " * indent
        delim = ""
        items = list(items)
        for i in range(len(items)):
            last = i == len(items) - 1
            out.append(delim)
            delim = delimnl
            self._format(items[i], out, indent, allowance if last else 1)


def pformat(obj, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, sort_dicts=sort_dicts).pformat(obj)


def pprint(obj, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    print(pformat(obj, indent=indent, width=width, sort_dicts=sort_dicts))


def saferepr(obj):
    return _safe_repr(obj, True)
