from django.core.exceptions import ObjectDoesNotExist
from blog.models import Entry, Blog
e = Entry(headline="orphan", body_text="", pub_date="2020-01-01")
try:
    e.blog
except ObjectDoesNotExist as exc:
    result = (type(exc).__name__, type(exc).__qualname__, str(exc), isinstance(exc, Blog.DoesNotExist), isinstance(exc, AttributeError))
