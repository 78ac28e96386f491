from blog.models import Entry
e = Entry(headline="x")
try:
    e.blog
    result = "ok"
except Exception as e2:
    result = (type(e2).__name__, str(e2))
