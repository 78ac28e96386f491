from blog.models import Blog
Blog.objects.create(name="50% off", tagline="x")
Blog.objects.create(name="50 cents", tagline="y")
result = (list(Blog.objects.filter(name__startswith="50%").values_list("name", flat=True)),
          list(Blog.objects.filter(name__istartswith="50").order_by("name").values_list("name", flat=True)))
