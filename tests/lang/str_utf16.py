# UTF-16 codecs: str.encode and bytes.decode, byte order marks, surrogate
# pairs, the codec's names, and its errors under each handler.
for name in ["utf-16", "UTF16", "u16", "utf_16le", "UTF-16LE", "utf-16be", "utf_16_be"]:
    print(name, "é😀A".encode(name))
for data in [b"\xff\xfeA\x00", b"\xfe\xff\x00A", b"A\x00", b"", b"\xff\xfe", b"=\xd8\x00\xde"]:
    print(repr(data.decode("utf-16")), repr(data.decode("utf-16-le", "replace")))
print(repr("".encode("utf-16")), repr("x".encode("utf-16-be")))
text = "Zoë 😀 café"
for name in ["utf-16", "utf-16-le", "utf-16-be"]:
    assert text.encode(name).decode(name) == text
bad = [(b"\x00", "utf-16-le"), (b"\x00\xd8", "utf-16-le"), (b"\x00\xdc", "utf-16-le"),
       (b"\x00\xd8\x41\x00", "utf-16-le"), (b"\xff\xfe\x00", "utf-16"), (b"\xff\xfe\x00\xdc", "utf-16"),
       (b"\xd8\x00\x00", "utf-16-be"), (b"A", "utf-16"), (b"\xfe\xff\xd8\x00", "utf-16")]
for data, name in bad:
    try:
        data.decode(name)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
    for errors in ["replace", "ignore", "backslashreplace"]:
        print(" ", errors, repr(data.decode(name, errors)))
for s in [chr(0xD800), "a" + chr(0xD800) + "b" + chr(0xDC00)]:
    for name in ["utf-16", "utf-16-le", "utf-16-be"]:
        try:
            s.encode(name)
        except UnicodeEncodeError as e:
            print("UnicodeEncodeError:", e)
    for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        print(" ", errors, s.encode("utf-16-le", errors))
try:
    "x".encode("utf-16", "nosuch")
    print("no error handler needed")
    chr(0xD800).encode("utf-16", "nosuch")
except LookupError as e:
    print("LookupError:", e)
