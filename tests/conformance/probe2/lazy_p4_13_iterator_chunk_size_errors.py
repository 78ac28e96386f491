# iterator(chunk_size=0) and negative sizes are refused.
from blog.models import Blog

out = []
for size in (0, -1):
    try:
        Blog.objects.iterator(chunk_size=size)
        out.append("lazy")
    except ValueError as exc:
        out.append(str(exc))
result = out
