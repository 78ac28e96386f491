# contextlib.redirect_stdout(io.StringIO()) around printing a QuerySet and its rows.
import io
from contextlib import redirect_stdout
from blog.models import Blog

buf = io.StringIO()
with redirect_stdout(buf) as target:
    qs = Blog.objects.order_by("name").values("id", "name")[:2]
    print(qs)
    for row in qs:
        print(row["id"], row["name"], sep=": ")
print("outside", target is buf)
result = buf.getvalue()
