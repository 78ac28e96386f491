# Unicode classes and case folding for str patterns, ASCII ones for bytes
# patterns and re.ASCII; positions count code points.
import re

s = 'Ünïcödé naïve café 日本語 ٣٤ x_1'
print(re.findall(r'\w+', s), re.findall(r'(?a)\w+', s), re.findall(r'\d+', s), re.findall(r'[^\W\d_]+', s))
m = re.search('café', s)
print(m.span(), m.start(), s[m.start():m.end()])
print(re.search(r'(?i)ÜNÏ', s), re.search(r'(?i)straße', 'STRASSE'), re.search(r'(?i)ß', 'ẞ'))
print(re.sub(r'(?i)é', 'E', s), re.split(r'\s+', s))
print(re.findall(r'[à-ÿ]', s), re.findall(r'(?i)[À-ß]', 'àéÿ'))
print(re.search(r'\bnaïve\b', s), re.search(r'(?a)\bna', 'énaïve'), re.search(r'\bna', 'énaïve'))
print(re.match(r'.', '😀x'), re.findall(r'.', 'a😀b'), re.match(r'\U0001F600', '😀'))
print(re.findall(r'\s', '\u00a0\u2003\t'), re.findall(r'(?a)\s', '\u00a0\u2003\t'))
print(re.fullmatch(r'(?i)[a-z]+', 'HeLLo'), re.fullmatch(r'(?i)[^a-z]+', 'HeLLo'))
print(re.search(r'(\w)\1', 'ééx'), re.search(r'(?i)(\w)\1', 'éÉ'))
b = b'caf\xe9 nai\xefve 42 x_1'
print(re.findall(rb'\w+', b), re.findall(rb'\d+', b), re.findall(rb'[\x80-\xff]', b))
print(re.search(rb'(?i)CAF', b), re.sub(rb'\s', b'-', b), re.split(rb' ', b, 1))
m = re.search(rb'(?P<n>\d+)', b)
print(m, m.group('n'), m.groupdict(), m.span(), re.escape(b'a+b\xe9'))
print(re.compile(rb'\xe9', re.I).search(b'\xc9'), re.compile('\xe9', re.I).search('\xc9'))
print(re.findall(r'(?u)\w', 'é'), re.compile(r'(?a:\w)\w', re.U).findall('éé aé'))
print(len(re.findall(r'ö', 'ö' * 1000)), re.search(r'b', 'ä' * 500 + 'b').span())
text = 'Grüße aus Köln, Zürich und Genève'
p = re.compile(r'\b\w+\b')
print([m.span() for m in p.finditer(text)])
print(p.search(text, 6).group(), p.search(text, 6, 8).group())
