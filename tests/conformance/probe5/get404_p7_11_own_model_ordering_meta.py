from django.db import models

class P7Ordered(models.Model):
    name = models.CharField(max_length=10)
    class Meta:
        app_label = "blog"
        db_table = "blog_blog"
        ordering = ["-name"]
        get_latest_by = "name"
        managed = False

result = (list(P7Ordered.objects.values_list("name", flat=True)), P7Ordered.objects.latest().name, str(P7Ordered.objects.all().query))
