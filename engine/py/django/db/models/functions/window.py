"""Window functions (used inside Window(...)): ROW_NUMBER(), RANK(),
DENSE_RANK(), NTILE(n), LAG/LEAD(expr, offset[, default]), FIRST_VALUE,
LAST_VALUE, NTH_VALUE, CUME_DIST(), PERCENT_RANK()."""
from django.db.models.expressions import Func, _fields

__all__ = [
    "CumeDist", "DenseRank", "FirstValue", "Lag", "LastValue", "Lead", "NthValue", "Ntile",
    "PercentRank", "Rank", "RowNumber",
]


class _WindowFunc(Func):
    window_compatible = True


class _IntegerWindowFunc(_WindowFunc):
    def _resolve_output_field(self):
        return _fields().IntegerField()


class _FloatWindowFunc(_WindowFunc):
    def _resolve_output_field(self):
        return _fields().FloatField()


class CumeDist(_FloatWindowFunc):
    function = "CUME_DIST"


class DenseRank(_IntegerWindowFunc):
    function = "DENSE_RANK"


class FirstValue(_WindowFunc):
    arity = 1
    function = "FIRST_VALUE"


class LagLeadFunction(_WindowFunc):
    def __init__(self, expression, offset=1, default=None, **extra):
        if expression is None:
            raise ValueError("%s requires a non-null source expression." % type(self).__name__)
        if offset is None or offset <= 0:
            raise ValueError("%s requires a positive integer for the offset." % type(self).__name__)
        args = (expression, offset)
        if default is not None:
            args += (default,)
        super().__init__(*args, **extra)

    def _resolve_output_field(self):
        return self.source_expressions[0].output_field


class Lag(LagLeadFunction):
    function = "LAG"


class LastValue(_WindowFunc):
    arity = 1
    function = "LAST_VALUE"


class Lead(LagLeadFunction):
    function = "LEAD"


class NthValue(_WindowFunc):
    function = "NTH_VALUE"

    def __init__(self, expression, nth=1, **extra):
        if expression is None:
            raise ValueError("%s requires a non-null source expression." % type(self).__name__)
        if nth is None or nth <= 0:
            raise ValueError("%s requires a positive integer as for nth." % type(self).__name__)
        super().__init__(expression, nth, **extra)

    def _resolve_output_field(self):
        return self.source_expressions[0].output_field


class Ntile(_IntegerWindowFunc):
    function = "NTILE"

    def __init__(self, num_buckets=1, **extra):
        if num_buckets <= 0:
            raise ValueError("num_buckets must be greater than 0.")
        super().__init__(num_buckets, **extra)


class PercentRank(_FloatWindowFunc):
    function = "PERCENT_RANK"


class Rank(_IntegerWindowFunc):
    function = "RANK"


class RowNumber(_IntegerWindowFunc):
    function = "ROW_NUMBER"
