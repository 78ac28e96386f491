# full_clean() on a valid instance returns None and runs no query.
from blog.models import Blog

result = Blog(name="ok", tagline="fine").full_clean()
