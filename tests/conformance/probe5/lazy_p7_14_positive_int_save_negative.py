from django.db import models
from django.db import connection

class P7Pos(models.Model):
    n = models.PositiveIntegerField()
    class Meta:
        app_label = "blog"

with connection.schema_editor(collect_sql=True) as ed:
    ed.create_model(P7Pos)
result = ed.collected_sql
