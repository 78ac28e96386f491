# A custom GROUP_CONCAT aggregate.
from django.db.models import Aggregate, CharField
from books.models import Publisher


class GroupConcat(Aggregate):
    function = "GROUP_CONCAT"
    output_field = CharField()


qs = Publisher.objects.annotate(ids=GroupConcat("book__id")).order_by("pk")
result = (len([p.ids for p in qs]), str(qs.query))
