# re syntax and sre's backtracking semantics: each case prints the span and
# groups CPython finds (search), or None. Some cases adapted from CPython
# 3.11's Lib/test/test_re.py.
import re


def show(p, s, flags=0):
    m = re.search(p, s, flags)
    if m is None:
        print(repr(p), repr(s), None)
    else:
        print(repr(p), repr(s), m.span(), m.groups(), m.lastindex)


cases = [
    (r'abc', 'xabcy'), (r'a.c', 'a\nc'), (r'a.c', 'abc'), (r'a[bc]d', 'acd'),
    (r'a[^bc]d', 'aed'), (r'a[b-d]e', 'ace'), (r'a[-b]', 'a-'), (r'a[b-]', 'a-'),
    (r'a]', 'a]'), (r'a[]]b', 'a]b'), (r'[\d]+', 'ab123'), (r'[^\W\d]+', '12ab_3'),
    (r'\d{2,3}', '12345'), (r'\d{2,}?', '12345'), (r'\d{,2}', '12345'), (r'x{2}', 'xxx'),
    (r'x{', 'x{'), (r'x{a}', 'x{a}'), (r'x{1,2', 'x{1,2'), (r'a{0}b', 'ab'),
    (r'(a)|(b)', 'b'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(a+|b)*', 'ab'), (r'(a+|b){0,}', 'ab'),
    (r'(a+|b)+', 'ab'), (r'(a+|b)?', 'ab'), (r'(a*)*', '-'), (r'(a*)+', '-'), (r'(a|)*', 'b'),
    (r'(a*|b)*', 'ab'), (r'(?:(a)|b)*', 'ab'), (r'(?:(a)|(b))*', 'ab'), (r'(a)*?b', 'aab'),
    (r'(ab|a)(bc|c)', 'abc'), (r'((a)(b)c)(d)', 'abcd'), (r'(((((((((a)))))))))', 'a'),
    (r'^(ab|cd)e', 'abcde'), (r'(abc|)ef', 'abcdef'), (r'(a|b)c*d', 'abcd'),
    (r'a.+?c', 'abcabc'), (r'a.*?c', 'abcabc'), (r'a.*c', 'abcabc'), (r'a.??c', 'abc'),
    (r'<.*>', '<a><b>'), (r'<.*?>', '<a><b>'), (r'(\w+?)(\d*)$', 'abc123'),
    (r'^a$', 'a\n'), (r'^a\Z', 'a\n'), (r'\Aa', 'ba'), (r'^b', 'a\nb'), (r'a$', 'a\nb'),
    (r'\bfoo\b', 'a foo.'), (r'\Bfoo', 'afoo'), (r'\b', ''), (r'\B', ''), (r'\B', 'x'),
    (r'[\b]', 'a\bc'), (r'\x41\101\u0042\U00000043\n\t', 'AAB\x43\n\t'), (r'\0', 'a\0'),
    (r'(a)\1', 'aa'), (r'(a)(b)\2\1', 'abba'), (r'(?P<q>["\']).*?(?P=q)', 'say "hi" \'x\''),
    (r'(a)|\1', 'x'), (r'(?:a|b)+c', 'ababc'), (r'foo(?=bar)', 'foobaz foobar'),
    (r'foo(?!bar)', 'foobar foobaz'), (r'(?<=\$)\d+', 'cost $42'), (r'(?<!\$)\b\d+', '$42 17'),
    (r'(?<=(a))b', 'ab'), (r'(?=(\w+))\w', 'hello'), (r'(?!(a))b', 'b'),
    (r'(?>.*)x', 'abx'), (r'(?>a|ab)c', 'abc'), (r'(?>ab|a)c', 'abc'), (r'a*+b', 'aab'),
    (r'a*+a', 'aaa'), (r'(?:ab)++', 'ababa'), (r'a?+a', 'a'), (r'\d{2}+\d', '1234'),
    (r'(a)?(?(1)b|c)', 'xc'), (r'(?P<a>x)?y(?(a)z)', 'yz'), (r'(?P<a>x)?y(?(a)z)', 'xyz'),
    (r'(?(1)a|b)?(x)', 'bx'),
    (r'(?i)abc', 'xABC'), (r'a(?i:b)c', 'aBc'), (r'a(?i:b)c', 'aBC'), (r'(?i:a(?-i:b))', 'Ab'),
    (r'(?i:a(?-i:b))', 'AB'), (r'(?s).', '\n'), (r'(?m)^b$', 'a\nb\nc'), (r'(?x) a b # c', 'ab'),
    (r'(?x)[ ]a', ' a'), (r'(?x)a\ b', 'a b'), (r'(?ix) A  B', 'ab'), (r'(?a)\w+', 'héllo'),
    (r'\w+', 'héllo'), (r'(?i)[a-c]+', 'xAbC'), (r'(?i)[^a]', 'A'), (r'(?i)\u00e9', '\u00c9'),
    (r'[\s\S]+', 'a b'), (r'[.]', 'a.'), (r'[a\-z]', '-'), (r'[\\]', '\\'), (r'[\]]', ']'),
    (r'(?#comment)a', 'a'), (r'a|b|', 'c'), (r'|a', 'a'), (r'()', 'x'), (r'(|a)+', 'aa'),
    (r'(a?)((ab)?)(b?)', 'ab'), (r'(a?)+?b', 'aab'), (r'((a)|b)+', 'ab'),
    (r'(?:(?:a)*)*', 'aa'), (r'(a{1,3})*', 'aaaa'), (r'(a{1,3}?)*?$', 'aaaa'),
    (r'(\d+),(\d+)', '1,23'), (r'[^a-z]+', 'abcDEF'), (r'[a-zA-Z_][a-zA-Z0-9_]*', '9 ab_1'),
    (r'\s+', 'a \t\n b'), (r'\S+', '  ab  '), (r'\D+', '12ab34'), (r'\W+', 'ab, cd'),
    (r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe'), (r'x*', 'aaa'), (r'x*$', 'aaa'),
    (r'$', 'ab\n'), (r'(?m)$', 'ab\ncd'), (r'.$', 'ab\n'), (r'\d+\.\d+|\d+', 'v 3.14'),
]
for c in cases:
    show(*c)

print(re.match(r'(a)|b', 'b').group(1))
print(re.fullmatch(r'a|ab', 'ab'), re.match(r'a|ab', 'ab'))
print(re.fullmatch(r'(a+)(a*)', 'aaa').groups())
print(re.match(r'(?i)ǅ', 'ǆ'), re.match(r'(?i)K', '\u212a'), re.match(r'(?i)s', '\u017f'))
print(re.search(r'\d', '٣'), re.search(r'(?a)\d', '٣'))
print(re.search(r'\s', '\x1c'), re.search(r'(?a)\s', '\x1c'))
