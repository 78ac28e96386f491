# format(), f-strings and str.format with the format-spec mini-language
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

n, x, s = 1234567, -3.14159265, 'héllo'
print(f'{n}|{n:,}|{n:_}|{n:>12,}|{n:<12}|{n:^12}|{n:=+12,}|{n:012,}|{n:09,}|{n:08,}')
print(f'{255:b}|{255:#b}|{255:o}|{255:#o}|{255:x}|{255:#X}|{255:#010x}|{-255:#010x}|{12345:_b}|{2**40:_x}|{65:c}|{0x20ac:c}')
print(f'{-42:d}|{42:+d}|{42: d}|{-42: d}|{42:*^9}|{42:€>6}|{True}|{True:d}|{True:>5}|{False:x}')
print(f'{x}|{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:+.0f}|{x:e}|{x:.3E}|{x:g}|{x:G}|{x:.2%}|{x:=12.4f}|{x:012.2f}')
print(f'{0.1}|{1e16}|{1.5e-7}|{100.0:}|{1234.5:.2}|{1234.5:.10}|{1.0:.3}|{1.0:.0}|{5.0:#.0}|{123.0:.2}')
print(f'{1e22:e}|{1e-5:g}|{1e-4:g}|{123456789.0:g}|{1.0:g}|{1.0:#g}|{1.5:#.0f}|{1.5:#.0e}|{0.0:g}|{-0.0:g}|{-0.0:z}|{-0.0001:z.1f}')
print(f'{float("inf"):010}|{float("nan"):+}|{float("-inf"):E}|{float("inf"):%}|{0.5:.0%}|{12.5:.0f}|{13.5:.0f}|{1e100:,}')
print(f'{123456.789:,.2f}|{123456.789:_}|{1234567.891:,.2f}|{-1234.5:_.1f}|{1e6:,.0f}|{0.000123456:.3}|{99.995:.2f}')
print(f'{s}|{s:10}|{s:>10}|{s:^10}|{s:*^11}|{s:.2}|{s:>7.3}|{"ab":05}|{"":3}|{"x":\u2500^5}|')
print('{:>8}|{:<8}|{:^8}|{:08.3f}|{:,}|{!r:>8}|{name:>6}'.format('a', 'b', 'c', 3.14159, 10**12, 'q', name='nm'))
print(format(3), format(2.5), format('x'), format(2**100, ','), format(-10**25, '_x'), format(10**30, 'e'))
w, p = 10, 3
print(f'{x:{w}.{p}f}|{n:>{w},}|{s:^{w}}|')
for label, v, spec in [('q', 3, 'q'), (',,', 3, ',,'), (',_', 3, ',_'), ('_,', 3, '_,'), ('__', 3, '__'), (',x', 3, ',x'),
                       (',n', 3, ',n'), (',c', 3, ',c'), ('ab', 3, 'ab'), ('5.', 3, '5.'), ('.', 1.5, '.'),
                       ('big', 3, '99999999999999999999'), ('str d', 'a', 'd'), ('float d', 1.5, 'd'), ('float x', 1.5, 'x'),
                       ('bool s', True, 's'), ('int s', 3, 's'), ('int z', 3, 'z'), ('str z', 'a', 'z'), ('int prec', 3, '.2d'),
                       ('str =', 'a', '=5'), ('str +', 'a', '+'), ('str space', 'a', ' '), ('str #', 'a', '#'), ('str ,', 'a', ','),
                       ('c sign', 3, '+c'), ('c alt', 3, '#c'), ('c range', 2**40, 'c'), ('c neg', -1, 'c'),
                       ('int e big', 10**400, 'e'), ('list', [1], '>5')]:
    attempt(label, lambda: format(v, spec))
print(format([1, 2]), format(None), format(object, '') == str(object))
