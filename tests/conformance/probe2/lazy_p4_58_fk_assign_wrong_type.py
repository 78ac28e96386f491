# Assigning the wrong type to a foreign key.
from blog.models import Entry, Author

e = Entry.objects.get(pk=1)
out = []
for v in (Author.objects.get(pk=1), 3, "x"):
    try:
        e.blog = v
        out.append("ok")
    except ValueError as exc:
        out.append(str(exc))
result = out
