# re.findall on body_text values: the topic word of each entry.
import re
from collections import Counter
from blog.models import Entry

topics = Counter()
for body in Entry.objects.values_list("body_text", flat=True):
    topics.update(re.findall(r"about (\w+)\.", body))
result = sorted(topics.items())
