# A model with Meta.indexes and db_index: the DDL and the plans that use them.
from django.db import connection, models


class Ticket(models.Model):
    code = models.CharField(max_length=10, db_index=True)
    status = models.CharField(max_length=10)
    opened = models.DateField()

    class Meta:
        app_label = "blog"
        indexes = [models.Index(fields=["status", "-opened"], name="ticket_status_opened")]


with connection.schema_editor() as editor:
    editor.create_model(Ticket)
plans = (Ticket.objects.filter(code="A1").explain(),
         Ticket.objects.filter(status="open").order_by("-opened").explain(),
         Ticket.objects.filter(opened__year=2024).explain())
result = plans
