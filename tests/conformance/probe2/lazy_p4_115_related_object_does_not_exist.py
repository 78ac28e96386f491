# Reading an unset foreign key: RelatedObjectDoesNotExist.
from blog.models import Entry, Blog

e = Entry(headline="x")
try:
    e.blog
    result = "ok"
except Blog.DoesNotExist as exc:
    result = (type(exc).__name__, type(exc).__qualname__, str(exc), isinstance(exc, AttributeError))
