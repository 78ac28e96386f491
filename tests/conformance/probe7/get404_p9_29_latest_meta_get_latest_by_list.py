from django.db import models
from django.db import connection
class P9Latest(models.Model):
    rating = models.IntegerField()
    pub_date = models.DateField()
    class Meta:
        app_label = "blog"
        db_table = "blog_entry"
        get_latest_by = ["rating", "-pub_date"]
        managed = False
result = (P9Latest.objects.latest().id, P9Latest.objects.earliest().id, [q["sql"] for q in connection.queries])
