# Lexical structure: comments, indentation, line joining, literals of every kind.
# A comment line, then a blank line with trailing spaces follows   

x = 1  # trailing comment
if x:
        y = 2      # deep indentation is fine as long as it is consistent
        if y:
          z = 3
print(x, y, z)

# explicit line joining with a backslash
total = 1 + \
    2 + \
    3
print(total)

# implicit joining inside brackets, comments allowed in between
items = [
    1,   # one
    2,   # two
    3,
]
pairs = {
    "a": 1,
    "b": (2,
          3),
}
print(items, pairs)
print(len(items
          ), sum(items,
                 10))

# string literals
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab\there", "newline\\n stays", 'bell\a'.encode() == b'bell\x07')
print("\x41\x42\u00e9\U0001F600\101\0end".encode("utf-8"))
print(len("\U0001F600"), len("é"), ord("\n"), ord("\\"))
print(r"raw \n string", R'raw\t', r"C:\path\to\file", rb"raw\bytes")
print(b"bytes", b'\x00\xff', B"ABC", b"a" b"b")
print("adjacent " 'literals ' """are joined""")
print("""multi
line
string""")
print('''line one\
 continued''')
s = "unicode: caf\u00e9 na\u00efve \u4e2d\u6587"
print(s, len(s), s.encode("utf-8"))

# f-strings
name = "world"
n = 42
f = 3.14159
print(f"hello {name}!", f'{n}', F"{n + 1}", f"{{literal braces}}")
print(f"{name!r} {name!s} {n!r} {'quoted'!r}")
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}] [{n:+}] [{n:x}] [{n:#b}]")
print(f"[{f:.2f}] [{f:10.3f}] [{f:<10.1f}] [{f:e}] [{f:.3g}] [{f:%}]")
print(f"[{name:>10}] [{name:*^11}] [{name:.3}]")
width = 8
prec = 2
print(f"[{f:{width}.{prec}f}] [{name:{width}}]")
print(f"{n:,} {1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{'nested ' + f'{n}'} {[i * 2 for i in range(3)]} {dict(a=1)['a']}")
print(f"{n=} {name = } {f=:.1f}")
print(rf"raw {name}\n", fr"{n}\t")
print(f"""triple {name}
quoted {n}""")

# numbers
print(0, 7, -7, 1_000_000, 0x_ff, 0xFF, 0o17, 0O17, 0b1011, 0B1_0)
print(12345678901234567890123456789, -98765432109876543210)
print(2 ** 100, 10 ** 30 + 1, 0xffffffffffffffffffffffff)
print(1.5, .5, 5., 1e10, 1E-5, 1.5e+3, 1_000.000_1, 3.14e-10)
print(1e16, 1e22, 1e-7, 123456789012345678.0, 0.1 + 0.2, 1 / 3)
print(1e308 * 10, -1e308 * 10, 2.5e-324, 5e-324)
print(type(1), type(1.0), type(10 ** 20), type("s"), type(b"b"), type(None))
print(True, False, None, ..., Ellipsis)
