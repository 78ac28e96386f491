"""django.db.models.functions.mixins: what Django's database functions and
aggregates mix in. On SQLite only NumericOutputFieldMixin does anything
(the other two adapt input on PostgreSQL, MySQL and Oracle); they are here
so that the classes' hierarchies are Django's."""
from django.db.models.expressions import _fields, _internal_type


class FixDecimalInputMixin:
    """Round(), Log(), Mod(), Power(): a DecimalField input is cast on
    PostgreSQL; nothing to do on SQLite."""


class FixDurationInputMixin:
    """Avg(), Sum(): a DurationField input is converted on MySQL and
    Oracle; nothing to do on SQLite."""


class NumericOutputFieldMixin:
    """A DecimalField source gives a DecimalField, an integer source a
    FloatField; no source a FloatField."""

    def _resolve_output_field(self):
        f = _fields()
        sources = self.get_source_fields()
        if any(_internal_type(s) == "DecimalField" for s in sources):
            return f.DecimalField()
        if any(_internal_type(s) in ("IntegerField", "BigIntegerField", "SmallIntegerField",
                                     "PositiveIntegerField", "PositiveSmallIntegerField",
                                     "PositiveBigIntegerField", "AutoField", "BigAutoField",
                                     "SmallAutoField") for s in sources):
            return f.FloatField()
        if not sources:
            return f.FloatField()
        return super()._resolve_output_field()
