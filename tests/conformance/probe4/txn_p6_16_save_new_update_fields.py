from blog.models import Blog
b = Blog(name="x", tagline="y")
try:
    b.save(update_fields=["name"])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
