from blog.models import Entry
e = Entry(headline="x")
result = (str(e), e.blog_id, repr(e))
