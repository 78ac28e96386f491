# UniqueConstraint in Meta.constraints: a duplicate raises IntegrityError naming both columns.
from django.db import IntegrityError, connection, models


class Seat(models.Model):
    row = models.IntegerField()
    number = models.IntegerField()

    class Meta:
        app_label = "blog"
        constraints = [models.UniqueConstraint(fields=["row", "number"], name="uniq_seat")]


with connection.schema_editor() as editor:
    editor.create_model(Seat)
Seat.objects.create(row=1, number=1)
try:
    Seat.objects.create(row=1, number=1)
    outcome = "created"
except IntegrityError as exc:
    outcome = str(exc)
result = (outcome, Seat.objects.filter(row=1, number=1).explain())
