# full_clean() on a new instance with a taken pk, an existing one, blanks, a bad int, a bare Entry.
from django.core.exceptions import ValidationError
from blog.models import Blog, Entry
out = []
for b in [Blog(id=1, name="x", tagline="y"), Blog.objects.get(pk=2), Blog(name="", tagline="")]:
    try:
        b.full_clean()
        out.append("ok")
    except ValidationError as exc:
        out.append(exc.message_dict)
e = Entry.objects.get(pk=1)
e.rating = "abc"
try:
    e.full_clean()
except ValidationError as exc:
    out.append(exc.message_dict)
try:
    Entry(id=1).full_clean()
except ValidationError as exc:
    out.append(exc.message_dict)
result = out
