# An unsaved instance cannot be hashed.
from blog.models import Blog

result = hash(Blog(name="x"))
