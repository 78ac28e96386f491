# raw() with a computed column and a JOIN: extra columns become attributes.
from blog.models import Entry

sql = ("SELECT e.id, e.headline, b.name AS blog_name, e.rating * 10 AS score "
       "FROM blog_entry e JOIN blog_blog b ON b.id = e.blog_id WHERE e.id IN (%s, %s) ORDER BY e.id")
result = [(e.id, e.blog_name, e.score) for e in Entry.objects.raw(sql, [1, 2])]
