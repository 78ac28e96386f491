# printf-style % formatting, str.format and format specs.
print("%s and %s" % ("this", "that"), "%r" % "repr", "%r %s" % (1.5, [1, "a"]), "%%", "%s" % (("tuple",),))
print("%d %i %d %d" % (42, -7, 3.99, True), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%f %.2f %8.3f %-8.1f| %e %.3E %g %g %g" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 0.0001, 1e-5, 123456789.0))
print("%s %s %s" % (None, True, 1e20), "%.3s" % "abcdef", "%5.1s|" % "xyz", "%-6s|%6s" % ("l", "r"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": "q"})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % 10 ** 25, "%d" % 10 ** 25, "%x" % 2 ** 70, "%.1f" % 2.25, "%.1f" % 2.35, "%.0f" % 0.5, "%.0f" % 1.5)
print("%s %s" % ("a", "b") + "!", "%-10s|" % "left", "%10.4f|" % 3.14159265)

print("{} {} {}".format(1, "two", 3.0), "{0}{1}{0}".format("ab", "-"), "{a}/{b}".format(a=1, b=2))
print("{:d} {:5d} {:<5d}| {:^5d} {:>5d} {:+d} {: d} {:05d}".format(1, 2, 3, 4, 5, 6, 7, -8))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:c}".format(255, 255, 8, 5, 255, 8, 5, 97))
print("{:f} {:.1f} {:10.2f}| {:<10.2f}| {:e} {:.2E} {:g} {:.3g} {:%} {:.1%}".format(1.5, 2.25, 3.14159, 2.5, 1234.5, 0.00012, 1e-10, 1234.5678, 0.25, 0.125))
print("{:,} {:_} {:,.2f} {:_x} {:>12,}".format(1234567, 1234567, 1234567.891, 0xfffffff, 9876543))
print("{:*^10} {:-<6} {:0>4} {:#>5}".format("mid", "l", "7", "x"))
print("{!r} {!s} {!a}".format("s", "s", "é"), "{0!r:>10}".format("r"), "{:>{w}.{p}f}".format(3.14159, w=10, p=3))
print("{0[0]}-{0[1]}".format(("x", "y")), "{d[key]}".format(d={"key": "val"}), "{.__name__}".format(int))
print(format(12.0), format(12.5, "g"), format(1e16, "g"), format(1e15, ".16g"), format(0.1, ".20f"), format(1 / 3, ".15g"))
print(format(-0.0), format(-0.0, ".1f"), format(float("inf"), "f"), format(float("nan"), "5"), format(float("-inf"), "e"))
print(format(123, "n"), format(1.5, "n"), format(True, "d"), format(True), format(None), format("s"))
print(f"{3.0:g} {100000000.0:g} {1e-4:g} {123.456:.2g} {0.00001234:.3e} {42:=+8} {-42:=8}")
print(f"{'x':>3}|{'x':<3}|{'x':^3}|{12:3}|{1.5:6}|{'ab':3}|")
print(f"{10:#010b} {255:#06x} {-255:#x} {3.14159:+.3f} {0:.2%} {5e-5:.1e}")
print(f"{2 ** 64:,} {-1234.5:,.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.5:.0f}")
print(repr(1e16), repr(1.5e-7), repr(123456789.123456789), repr(2.0 ** 60), repr(0.1 * 3), repr(1e100))
print(str(100.0), str(1e15), str(1e16), str(-1.0e-5), str(12345678912345.678), str(float(2 ** 53)))
for bad in ("%d" , "%s %s", "%(k)s", "%z"):
    try:
        print(bad % ("x",))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
for spec in ("d", "x", ".2f", ",", "s"):
    try:
        print(format("text" if spec != "s" else 5, spec))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format()
except KeyError as e:
    print(type(e).__name__, e)
try:
    f"{1:abc}"
except ValueError as e:
    print(type(e).__name__, e)
