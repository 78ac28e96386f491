"""django.db.backends: the parts of Django's SQLite backend a learner can
reach through `connection` (features, introspection)."""
