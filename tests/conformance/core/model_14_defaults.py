# Field defaults, including the callable date.today (frozen clock).
from blog.models import Entry

e = Entry(headline="x")
result = (e.rating, e.number_of_comments, e.mod_date, e.pk, e.blog_id, e.body_text)
