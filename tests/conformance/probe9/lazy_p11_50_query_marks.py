from blog.models import Entry
qs = Entry.objects.order_by("id")[2:7]
qs2 = qs[1:3]
q = qs.query
result = (q.low_mark, q.high_mark, q.is_sliced, qs2.query.low_mark, qs2.query.high_mark, q.can_filter(), Entry.objects.all().query.can_filter())
