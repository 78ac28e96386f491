import textwrap
from textwrap import TextWrapper, dedent, fill, indent, shorten, wrap


def run(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


text = ("The Django ORM turns each QuerySet into SQL lazily: nothing runs "
        "until you iterate, slice with a step, call len() or list(), or "
        "test it in a boolean context.")

# widths, from the narrowest on
for width in [1, 2, 3, 5, 8, 10, 11, 12, 20, 29, 30, 31, 70, 200]:
    print(width, wrap(text, width))
print(fill(text, 40))
print(fill(text))
print(wrap(text, width=25.5))

# the chunks TextWrapper splits text into (with and without hyphen breaking)
w = TextWrapper()
print(w._split("Hello there -- you goof-ball, use the -b option!"))
print(w._split("Look, goof-ball -- use the -b option!"))
print(w._split("well-known e-mail x-y a-b-c ab-cd abc-d3f 1st-class 12-34 ---"))
print(w._split("word-- --word x--y a---b -- end"))
print(w._split("naïve café-crème über-cool Straße-Bahn"))
print(TextWrapper(break_on_hyphens=False)._split("goof-ball -- use\tthe -b  option!"))

# hyphenated words break after a hyphen when they must
compound = "a well-known thing, the anti-dis-establish-ment-arian-ism of e-mail"
for width in [4, 6, 9, 10, 12, 15, 20]:
    print(width, wrap(compound, width))
    print(width, wrap(compound, width, break_on_hyphens=False))
print(wrap("--------------------", 7))
print(wrap("-----abcdefghij", 7))
print(wrap("abcdef-ghijkl-mnopqr", 8))
print(wrap("x-----------y", 5))

# long words
long = "supercalifragilisticexpialidocious " * 2 + "done"
print(wrap(long, 10))
print(wrap(long, 10, break_long_words=False))
print(wrap("short " + "x" * 25 + " tail", 10, break_long_words=False))
print(wrap("x" * 25, 10, initial_indent="> ", subsequent_indent="  "))

# indents, including ones as wide as the line or wider
print(wrap(text, 30, initial_indent="* ", subsequent_indent="  "))
print(wrap(text, 30, initial_indent="Summary: ", subsequent_indent=" " * 9))
print(wrap("a b c d", 3, initial_indent="####"))
print(wrap("abc def", 4, initial_indent="    ", subsequent_indent="      "))
print(fill("one two three four five six", 12, initial_indent="- ", subsequent_indent="  "))

# whitespace: tabs, newlines, replace_whitespace, drop_whitespace
messy = "  first\tline\n\nsecond  line\r\n\tthird\x0bfourth\x0cfifth   "
print(wrap(messy, 12))
print(wrap(messy, 12, expand_tabs=False))
print(wrap(messy, 12, replace_whitespace=False))
print(wrap(messy, 12, drop_whitespace=False))
print(wrap(messy, 12, tabsize=4))
print(wrap(messy, 12, tabsize=0))
print(wrap("\tindented", 20), wrap("\tindented", 20, drop_whitespace=False))
print(wrap("a\u00a0b c\u3000d", 3))
print(wrap("   ", 10), wrap("", 10), wrap("   ", 10, drop_whitespace=False))
print(wrap("  leading and trailing  ", 8), wrap("  leading and trailing  ", 8, drop_whitespace=False))

# sentence endings
story = 'He said "stop." Then left! Why? Dr. Smith e.g. knew.\nYes.'
print(wrap(story, 30, fix_sentence_endings=True))
print(wrap(story, 30))
print(fill("It's done.  Really.\nReally! 'Sure.' \"Yes!\" No?", 80, fix_sentence_endings=True))

# max_lines and placeholder
for n in [1, 2, 3, 4, 5, 6, 10]:
    print(n, wrap(text, 30, max_lines=n))
print(wrap(text, 30, max_lines=2, placeholder="..."))
print(wrap(text, 30, max_lines=2, placeholder=" (more)"))
print(wrap(text, 30, max_lines=2, placeholder=""))
print(wrap("aaaa bbbb cccc dddd", 9, max_lines=2, placeholder=" [...]"))
print(wrap("aaaaaaaaaaaa bb", 9, max_lines=1, placeholder="~"))
print(wrap("aaaa bbbbbbbbbbbbbbbb", 10, max_lines=2))
print(wrap("one two", 9, max_lines=1, initial_indent="> "))
print(wrap("one two three", 7, max_lines=2, drop_whitespace=False))
print(wrap("one two three   ", 7, max_lines=2))
print(fill(text, 30, max_lines=3, initial_indent="  ", subsequent_indent="    "))

# shorten
for width in [6, 10, 11, 12, 15, 20, 40, 200]:
    run(shorten, "Hello  world!  How are   you today?", width)
run(shorten, "Hello world!", width=11, placeholder="...")
run(shorten, "  \t lots\n\nof    space  ", 30)
run(shorten, "x" * 30, 12)
run(shorten, "x" * 30, 12, break_long_words=False)
run(shorten, "well-known goof-ball e-mail", 17)

# errors, with CPython's messages
run(wrap, "abc", 0)
run(wrap, "", -3)
run(fill, "abc", width=0)
run(wrap, "abc def ghi", 5, max_lines=1, placeholder=" [......]")
run(wrap, "abc def ghi", 5, max_lines=2, subsequent_indent="  ", placeholder=" [...]")
run(wrap, "abc def ghi", 8, max_lines=2, initial_indent="xxxxxxxxxx", placeholder=" [...]")
run(shorten, "Hello world", 5)
run(shorten, "Hello world", 6)
run(shorten, "Hello world", 4)
run(shorten, "Hello world", 4, placeholder="..")
run(wrap, None)
run(wrap, 42, 10)
run(TextWrapper, 10, max_lines=1, bogus=True)
run(TextWrapper, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)

# a TextWrapper is reusable and its settings can change between calls
tw = TextWrapper(width=16, initial_indent="> ", subsequent_indent="| ")
print(tw.wrap(text)[:3], tw.fill("short"))
tw.width = 24
tw.max_lines = 2
print(tw.wrap(text))
tw.break_on_hyphens = False
print(tw.wrap("a-very-long-hyphenated-identifier-here and more"))
print(tw.width, tw.tabsize, tw.placeholder, tw.expand_tabs, tw.drop_whitespace)


class Bulleted(TextWrapper):
    def wrap(self, text):
        return ["\u2022 " + line for line in super().wrap(text)]


print(Bulleted(width=20).fill(text[:60]))

# dedent
run(dedent, "    def f():\n        return 1\n")
run(dedent, "  a\n    b\n  c")
run(dedent, "\ta\n\tb\n")
run(dedent, "  a\n\tb\n")
run(dedent, " \ta\n \t b\n \tc\n")
run(dedent, " \ta\n  b\n")
run(dedent, "  a\n\n  b\n")
run(dedent, "  a\n    \n  b\n")
run(dedent, "  a\n \t \n  b\n")
run(dedent, "    \n  a\n")
run(dedent, "no indent\n  here\n")
run(dedent, "")
run(dedent, "   ")
run(dedent, "  a\r\n  b\r\n")
run(dedent, "  x\n  y")
run(dedent, "    Hello\n      World\n    !")
run(dedent, "\n        first\n          second\n        third\n    ")
run(dedent, None)

# indent
run(indent, "a\nb\n\nc\n", "> ")
run(indent, "a\nb\n  \nc", "  ")
run(indent, "a\r\nb\rc\x0bd\x0ce\u2028f", "> ")
run(indent, "a\n\nb\n", "+ ", lambda line: True)
run(indent, "keep\nskip\nkeep\n", "# ", lambda line: line.startswith("k"))
run(indent, "", "> ")
run(indent, "\n\n", "> ")
run(indent, "no newline", "")
run(indent, None, "> ")

print(sorted(textwrap.__all__))
print(repr(textwrap.TextWrapper.wordsep_simple_re.pattern))
print(repr(textwrap.TextWrapper.sentence_end_re.pattern))
print(textwrap.TextWrapper.unicode_whitespace_trans)
