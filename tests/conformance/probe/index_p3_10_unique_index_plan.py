# A unique field creates an autoindex; exact lookups SEARCH using it.
from django.db import connection, models


class Coupon(models.Model):
    code = models.CharField(max_length=20, unique=True)

    class Meta:
        app_label = "blog"


with connection.schema_editor() as editor:
    editor.create_model(Coupon)
Coupon.objects.create(code="A")
result = (Coupon.objects.filter(code="A").explain(), Coupon.objects.get(code="A").code)
