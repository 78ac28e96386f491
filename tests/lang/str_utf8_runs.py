# UTF-8 validation and counting across eight-byte ASCII runs: where the
# first bad byte is reported, and len() of mixed text at every alignment.
cases = [
    b"abcdefgh\xff",
    b"abcdefg\xff",
    b"abcdefghi\xc3",
    b"abcdefghijklmnop\xe2\x82",
    b"abcdefgh\xc3\xa4abcdefgh\xed\xa0\x80",
    b"\xf0\x9f\x98\x80abcdefghijklmn\xc0\xaf",
]
for raw in cases:
    try:
        raw.decode()
        print("ok", raw)
    except UnicodeDecodeError as e:
        print(e)
for pad in range(10):
    s = ("x" * pad + "é€😀" + "y" * (15 - pad)) * 2
    b = s.encode()
    print(pad, len(s), len(b), len(b.decode()), b.decode() == s)
print(len("ascii only, exactly sixteen!!!!!"), len(""), len("ü"))
