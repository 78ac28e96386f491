# bulk_create(update_conflicts=True, unique_fields=["id"], update_fields=["name"]): an upsert.
from blog.models import Blog

objs = Blog.objects.bulk_create([Blog(id=1, name="Upserted", tagline="x"), Blog(id=9, name="Nine", tagline="y")],
                                update_conflicts=True, unique_fields=["id"], update_fields=["name"])
result = ([o.pk for o in objs], list(Blog.objects.filter(pk__in=[1, 9]).order_by("id").values_list("name", "tagline")))
