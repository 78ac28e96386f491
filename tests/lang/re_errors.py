# re.error messages and positions for bad patterns, as CPython's parser
# reports them, and the TypeErrors of mixing str and bytes.
import re

pats = [
    '(', 'a)', '(?', '(?P', '(?Px)', '(?P<', '(?P<a', '(?P<>a)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
    '(?P=a)', '(?P=)', '(a)(?P=b)', '(?<x', '(?<', '(?x', '(?z)', '(?i', '(?-', '(?-z:a)', '(?i-i:a)',
    '(?-a:x)', 'a(?i)', '(?L)a', '(?au)a', '(?#abc', '*', '+a', 'a**', 'a*+?', 'a{2}{3}', '^*',
    '\\', r'a\q', r'\xz', r'\x1', r'\u12', r'\U1234', r'\U99999999', r'[\q]', r'\8', r'\1', r'(a)\2',
    r'(a\1)', r'\777', r'[\777]', '[a', '[', '[]', '[^]', '[z-a]', r'[\d-z]', r'[a-\d]', 'a{3,2}',
    'a{99999999999}', '(?(1)a|b|c)', '(?(a)b)', '(?(1a)b)', '(?(0)a)', '(?(2)a)(b)', '(?(-1)a)',
    '(?<=a+)b', '(?<=a|bc)d', '(?<!a*)b', r'(a)(?<=\1)', r'(?<=(a)\1)b', '(?>', '(?P<a>a)(?(b)x)',
    'x{2,1}', '(?x)a(', 'a\n(', 'abc\ndef)', '(?i)(?m)a(?s)', r'\N', r'\N{',
]
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)

for p in [b'(', b'\\q', b'(?u)a', b'\xe9\\q']:
    try:
        re.compile(p)
        print(p, 'ok')
    except re.error as e:
        print(p, 'error:', e, e.pattern)
for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(p, f)
        print(p, 'ok')
    except ValueError as e:
        print('ValueError', e)

for call in [
    lambda: re.search('a', b'a'), lambda: re.search(b'a', 'a'), lambda: re.search('a', 5),
    lambda: re.findall('a', None), lambda: re.compile(5), lambda: re.sub('a', b'b', 'a'),
    lambda: re.sub(b'a', 'b', b'a'), lambda: re.finditer('a', [1]), lambda: re.split('a', 3.5),
    lambda: re.match('(a)', 'a').group(2), lambda: re.match('a', 'a').start('x'),
]:
    try:
        print(call())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, re.error('plain'), re.error('plain').pos)
