try:
    from django.contrib.postgres.aggregates import StringAgg
    result = ("imported", StringAgg.__name__)
except Exception as exc:
    result = (type(exc).__name__, str(exc))
