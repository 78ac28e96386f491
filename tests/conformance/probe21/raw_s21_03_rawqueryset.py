# Manager.raw(): the RawQuerySet, its repr, columns, params and mistakes.
from blog.models import Blog, Entry
rq = Blog.objects.raw("SELECT * FROM blog_blog WHERE id < %s ORDER BY id", [3])
print(repr(rq), rq.columns, rq.params)
print([b.name for b in rq])
print(rq[0], rq[1].tagline)
rq2 = Entry.objects.raw("SELECT id, headline, 1 + rating AS plus FROM blog_entry WHERE id = %s", [2])
e = list(rq2)[0]
print(e.headline, e.plus, e.get_deferred_fields() == {"blog_id", "body_text", "pub_date", "mod_date", "number_of_comments", "number_of_pingbacks", "rating"})
try:
    list(Blog.objects.raw("SELECT name FROM blog_blog"))
except Exception as e:
    print(type(e).__name__, e)
rq3 = Blog.objects.raw("SELECT id, name AS title FROM blog_blog WHERE id = 1", translations={"title": "name"})
print([b.name for b in rq3])
print(len(Blog.objects.raw("SELECT * FROM blog_blog")))
result = repr(rq)
