from blog.models import Blog
out = []
for attempt in ("iter", "len", "index"):
    try:
        if attempt == "iter":
            for b in Blog.objects:
                pass
        elif attempt == "len":
            len(Blog.objects)
        else:
            Blog.objects[0]
    except TypeError as exc:
        out.append(str(exc))
result = (out, str(Blog.objects), repr(Blog.objects).startswith("<django.db.models.manager.Manager object at "))
