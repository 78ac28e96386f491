# printf-style str % args
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

print('%s|%r|%a|%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%.3d' % ('é', 'é', 'é€', 42, -7, 3, 42, 42, -42, 5, 5, -5))
print('%x|%X|%#x|%#X|%#o|%o|%#08x|%#8x|%-#8x|%#.3x|%x|%d' % (255, 255, 255, 255, 8, 8, 255, -255, 255, 5, 2**70, 2**64))
print('%f|%.2f|%10.3f|%-10.1f|%+.1f|%08.3f|%e|%.2E|%g|%G|%g|%#g|%.0f|%.0f' % (3.14159, 2.675, -1.5, 2.25, 3.0, -3.14159, 1e22, 12345.678, 100000.0, 1e-10, 1e6, 1.0, 0.5, 1.5))
print('%f|%F|%e|%05f|%+f|% f|%-6f|' % (float('inf'), float('nan'), float('-inf'), float('inf'), float('inf'), float('nan'), float('inf')))
print('%c|%c|%5c|%-5c|%05c|%c' % (65, 'z', 'x', 66, 67, 0x20ac))
print('%d|%d|%i|%x|%.2f|%s|%r' % (True, 3.99, -3.99, True, 2**70, None, [1, 'a']))
print('%*d|%-*d|%.*f|%*.*f|%0*d' % (5, 42, 5, 42, 2, 3.14159, -8, 2, 3.14159, 5, 42))
print('%(name)s is %(age)d, %(age)05.1f%%' % {'name': 'Ann', 'age': 41}, '%(a)s%(a)r' % {'a': 'x'})
print('%s' % [1], '%s' % (1,), '%s %s' % ('a', 'b'), '%%' % (), 'hi' % {'a': 1}, 'hi' % [], '%s %(a)s' % {'a': 1})
print('%5.1s|%.3s|%-6s|%6s|' % ('abc', 'abcdef', 'ab', 'héllo'))
for label, f, a in [('not enough', '%s %s', (1,)), ('too many', '%s', (1, 2)), ('not converted', 'hi', 5),
                    ('empty', '%s', ()), ('incomplete', '%', ()), ('incomplete2', 'abc%', ()), ('%5%', '%5%', ()),
                    ('mapping', '%(a)s', (1,)), ('key', '%(a)s', {'b': 1}), ('key incomplete', '%(a', {'a': 1}),
                    ('after key', '%(a)s %s', {'a': 1}), ('pct after key', '%(a)%', {'a': 1}),
                    ('bad char', '%q', 1), ('bad char uni', '%é', 1), ('star', '%*d', ('x', 1)),
                    ('d str', '%d', 'x'), ('x float', '%x', 1.5), ('f str', '%f', 'x'), ('e None', '%e', None),
                    ('c float', '%c', 1.5), ('c str2', '%c', 'ab'), ('c neg', '%c', -1), ('c big', '%c', 2**70),
                    ('d list', '%d', [1]), ('str limit', '%d', 10**4300)]:
    attempt(label, lambda: f % a)
rows = [('apple', 3, 1.5), ('kiwi', 12, 0.25), ('watermelon', 1, 12.0)]
for name, qty, price in rows:
    print('%-12s %4d x %7.2f = %8.2f' % (name, qty, price, qty * price))
