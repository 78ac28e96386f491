from blog.models import Blog
b = Blog(id=999, name="n", tagline="t")
try:
    b.save(force_update=True)
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
