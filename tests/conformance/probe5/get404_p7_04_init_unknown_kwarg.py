from blog.models import Blog
try:
    Blog(title="x")
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
