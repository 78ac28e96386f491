from blog.models import Entry
qs = Entry.objects.filter(rating=5).exclude(blog_id=2).order_by("-id").distinct()
q = qs.query
result = (type(q).__name__, q.order_by, q.distinct, q.standard_ordering, len(q.where.children), q.where.connector, q.model.__name__, q.default_ordering)
