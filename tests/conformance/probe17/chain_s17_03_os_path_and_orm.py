import os.path

from blog.models import Blog

names = Blog.objects.order_by("name").values_list("name", flat=True)[:3]
paths = [os.path.join("exports", n.lower().replace(" ", "_") + ".csv") for n in names]
result = [os.path.splitext(os.path.basename(p)) for p in paths]
