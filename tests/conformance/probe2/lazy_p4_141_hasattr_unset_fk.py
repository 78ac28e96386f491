# hasattr()/getattr(default) on an unset foreign key: RelatedObjectDoesNotExist is an AttributeError.
from blog.models import Entry

e = Entry(headline="x")
f = Entry.objects.get(pk=1)
result = (hasattr(e, "blog"), getattr(e, "blog", "none"), hasattr(f, "blog"), e.blog_id)
