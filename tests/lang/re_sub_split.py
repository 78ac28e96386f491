# findall, finditer, sub, subn and split, with the empty-match rules of
# Python 3.7+ and replacement templates. Some cases adapted from CPython
# 3.11's Lib/test/test_re.py.
import re

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1b2c'), re.findall(r'(\w)\d', 'a1b2'))
print(re.findall(r'x*', 'axxb'), re.findall(r'', 'abc'), re.findall(r'\b', 'ab cd'))
print(re.findall(r'(a)|b', 'ab'), re.findall(r'a|(b)', 'ab'), re.findall(r'(?:a|b)', 'ab'))
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([m.span() for m in re.finditer(r'\w*', 'ab  cd')])
print(re.compile(r'\d').findall('1a2b3', 1, 4))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'\w*', '-', 'ab cd'), re.sub('', '-', 'abc'))
print(re.sub(r'(\d+)', r'<\1>', 'a1b22'), re.sub(r'(?P<n>\d)', r'\g<n>\g<n>', 'a1b2'))
print(re.sub(r'a', r'\n\t\\', 'bab'), re.sub(r'(a)(b)?', r'[\2]', 'ac'))
print(re.sub(r'(a)', r'\g<0>\g<1>\0\101', 'xa'), re.sub('a', 'b', 'aaa', count=2), re.sub('a', 'b', 'aaa', 1))
print(re.subn(r'\d', '#', 'a1b2c3'), re.subn(r'\d', '#', 'abc'), re.subn('x*', '-', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c'))
print(re.sub(r'\w+', lambda m: None, 'ab cd'))
print(re.sub(r'(?i)b', 'X', 'aBcb'), re.sub('b', 'X', 'aBcb', flags=re.I))
print(re.sub(b'a', b'\\\\', b'bab'), re.sub(b'(a)', br'\1\1', b'xa'))
print(re.split(r',', 'a,b,,c'), re.split(r'(,)', 'a,b'), re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'ab cd'), re.split(r'', 'abc'))
print(re.split(r',', 'a,b,c', maxsplit=1), re.split(r',', 'a,b,c', 1), re.split(r'\s+', ' a b '))
print(re.split(r'(?=b)', 'abab'), re.split(r'(a)?x', 'xaxb'), re.split('z', ''))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.compile(r'(\d)').split('a1b2', 1))
for tmpl in [r'\g<2>', r'\g<x>', r'\g<', r'\g<1', r'\q', '\\', r'\g<a b>', r'\9', r'\g<-1>', r'\400']:
    try:
        print(re.sub(r'(a)', tmpl, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
m = re.match(r'(?P<a>\w)(\w)?', 'x')
print(m.expand(r'\1-\2-\g<a>'))
