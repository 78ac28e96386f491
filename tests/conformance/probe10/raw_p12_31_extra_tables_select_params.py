from blog.models import Entry
qs = Entry.objects.extra(select={"blog_name": "blog_blog.name", "boost": "rating + %s"}, select_params=(100,), tables=["blog_blog"], where=["blog_blog.id = blog_entry.blog_id", "blog_blog.name = %s"], params=["Cheddar Talk"]).order_by("id")
result = ([(e.id, e.blog_name, e.boost) for e in qs], str(qs.query))
