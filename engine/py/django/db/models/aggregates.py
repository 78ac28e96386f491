"""Aggregates and annotations (Count, Sum, Avg, Min, Max) — the database
does the work. The expressions issue extends this module."""
from django.db.models.expressions import Expression


def run_aggregate(queryset, args, kwargs):
    raise NotImplementedError("aggregate() is not supported in ormkata yet.")


def annotate_queryset(queryset, args, kwargs, select):
    raise NotImplementedError("annotate() is not supported in ormkata yet.")
