# `|` between a model class and a string or a number: the TypeError messages.
from blog.models import Entry

msgs = []
for other in ("Blog", 3):
    try:
        Entry | other
    except TypeError as e:
        msgs.append(str(e))
try:
    isinstance(Entry.objects.first(), "Entry")
except TypeError as e:
    msgs.append(str(e))
result = msgs
