# The re module's API: Pattern and Match objects, flags, the cache.
import re

p = re.compile(r'(?P<word>\w+)\s(?P<num>\d+)?')
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(type(p).__name__, type(p).__module__)
m = p.search('xx hello 42 yy')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('num'), m.group(1, 'num', 0))
print(m[0], m[1], m['word'])
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.span('num'))
print(m.start(2), m.end('word'), m.lastindex, m.lastgroup, m.string, m.re is p, m.pos, m.endpos)
print(m.regs)
print(bool(m), m.expand(r'<\2:\g<word>:\g<1>>'))
m2 = p.match('abc ')
print(m2.groups(), m2.groups('-'), m2.groupdict(0), m2.span(2), m2.start('num'), m2.lastgroup)
for bad in [3, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m['x']
except IndexError as e:
    print('IndexError', e)

print(p.match('  hello 1'), p.match('  hello 1', 2), p.search('hello 1', 1, 3))
print(p.fullmatch('hi 12'), p.fullmatch('hi 12 '), p.fullmatch('hi 12 ', 0, 5))
print(re.compile('a').search('ba', -5, 99), re.compile('a').search('ba', 5))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(re.match('(a)(b)', 'ab').lastindex, re.match('((a)b)', 'ab').lastindex, re.match('(a)b', 'ab').lastgroup)
print(re.match('x', 'y'), re.match('', ''))

print(re.I, re.IGNORECASE, re.M | re.I, re.S, re.X, re.A, re.U, re.L, re.NOFLAG)
print(repr(re.I | re.M), str(re.DOTALL), int(re.I | re.M), re.I == 2, re.I | 1024, re.I.name, re.I.value)
print(re.compile('a', re.I | re.M), re.compile('a', re.X | re.S | re.A), re.compile('(?i)a'))
print(re.compile('a').flags, re.compile('a', re.A).flags, re.compile(b'a').flags, re.compile('(?mx)a').flags)
print(re.compile(b'a+', re.I), re.compile('x' * 300))
print(re.search('b+', 'a' * 60 + 'b' * 60))

print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b'))
print(hash(re.compile('ab')) == hash(re.compile('ab')))
print(re.compile('abc') is re.compile('abc'))
re.purge()
print(re.compile(p) is p, re._MAXCACHE)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)

print(re.escape('a.b*c? (x) [y] {z} ^$|\\ #&~-\t'), re.escape(b'a.b'), re.escape('héllo_1'))
print(re.error, re.error.__module__, issubclass(re.error, Exception))
print(re.Pattern, re.Match)
it = re.finditer(r'\d', 'a1b2')
print([x.group() for x in it])
