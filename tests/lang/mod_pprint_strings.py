# Long str and bytes are wrapped into adjacent literals (in parentheses at
# the top level), at spaces and after newlines, as CPython's pprint does.
import pprint

texts = [
    'The quick brown fox jumps over the lazy dog. ' * 4,
    'no_spaces_at_all_' * 9,
    'line one\nline two is somewhat longer than line one\n\nline four\n',
    'a\tb\tc   d    e' * 6,
    'trailing spaces                                                                     ',
    "quotes ' and \" both, repeated several times over, " * 3,
    'ünïcödé wörds with àccents ' * 5,
    'x',
    '',
    'Fairly short',
    'word ' * 30,
    'nbsp\xa0separated\xa0words\xa0that\xa0are\xa0not\xa0split\u2000but these are ' * 2,
    'crlf\r\nlines\r\nhere\rand\x0bother\x0cbreaks\x1cand\x85more\u2028end' * 2,
]
for width in (1, 5, 10, 19, 20, 21, 30, 40, 60, 80):
    print('=== width', width)
    for t in texts:
        print(pprint.pformat(t, width=width))
        print(pprint.pformat([t], width=width))
        print(pprint.pformat({'key': t, 'k2': (t, 1)}, width=width))

blobs = [b'', b'abcd', b'abcde', bytes(range(40)), b'hello world ' * 8, b'\x00\xff' * 30,
         b"it's \"quoted\" " * 5]
for width in (1, 4, 8, 13, 20, 30, 50, 80):
    print('=== bytes width', width)
    for b in blobs:
        print(pprint.pformat(b, width=width))
        print(pprint.pformat([b, b], width=width))
        print(pprint.pformat({'blob': b}, width=width, compact=True))
        print(pprint.pformat((b,), width=width))

# In a dict value and with indent, the continuation lines line up.
print(pprint.pformat({'a': texts[0], 'bb': {'ccc': texts[2]}}, indent=4, width=50))
print(pprint.pformat([[[texts[0]]]], width=40))
pprint.pprint(texts[0])
pprint.pprint(b'0123456789' * 10)
