# string — CPython 3.11's constants, capwords and Template (substitute,
# safe_substitute, the default $-syntax and its error messages). No
# string.Formatter.

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class _AnyName:
    def __getitem__(self, name):
        return ''


def _merged(mapping, kws):
    """Template's mapping: the keywords alone, or over the mapping (CPython's ChainMap(kws, mapping))."""
    if mapping is None:
        return kws
    if kws:
        merged = dict(mapping)
        merged.update(kws)
        return merged
    return mapping


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(self.delimiter, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + 1
            if k < n and t[k] == '$':
                out.append('$')
                i = k + 1
                continue
            braced = k < n and t[k] == '{'
            start = k + 1 if braced else k
            e = start
            if e < n and (t[e].isascii() and (t[e].isalpha() or t[e] == '_')):
                e += 1
                while e < n and t[e].isascii() and (t[e].isalnum() or t[e] == '_'):
                    e += 1
            name = t[start:e]
            if not name or braced and (e >= n or t[e] != '}'):
                if safe:
                    out.append('$')
                    i = k
                    continue
                self._invalid(k)
            end = e + 1 if braced else e
            if safe:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(t[j:end])
            else:
                out.append('%s' % (mapping[name],))
            i = end
        return ''.join(out)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merged(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merged(mapping, kws), True)

    def get_identifiers(self):
        ids = []
        t = self.template
        i = 0
        while True:
            j = t.find('$', i)
            if j < 0 or j + 1 >= len(t):
                break
            k = j + 1
            if t[k] == '$':
                i = k + 1
                continue
            braced = t[k] == '{'
            start = k + 1 if braced else k
            e = start
            while e < len(t) and t[e].isascii() and (t[e].isalnum() or t[e] == '_'):
                e += 1
            name = t[start:e]
            if name and not name[0].isdigit() and (not braced or e < len(t) and t[e] == '}'):
                if name not in ids:
                    ids.append(name)
            i = max(e, k)
        return ids

    def is_valid(self):
        try:
            self._scan(_AnyName(), False)
        except ValueError:
            return False
        return True
