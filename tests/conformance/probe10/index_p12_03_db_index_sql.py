from django.db import connection, models

class P12Tagged(models.Model):
    label = models.CharField(max_length=30, db_index=True)
    code = models.CharField(max_length=10, unique=True)
    class Meta:
        app_label = "blog"
        db_table = "p12_tagged"

with connection.schema_editor(collect_sql=True) as ed:
    ed.create_model(P12Tagged)
result = ed.collected_sql
