from blog.models import Entry
qs = Entry.objects.extra(select={"popular": "number_of_comments > %s"}, select_params=(10,)).extra(order_by=["-popular", "id"])[:4]
result = ([(e.id, e.popular) for e in qs], str(qs.query))
