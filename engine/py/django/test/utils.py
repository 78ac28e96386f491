"""django.test.utils: CaptureQueriesContext, the way tests count queries.

`with CaptureQueriesContext(connection) as ctx:` — ctx.captured_queries is
the slice of connection.queries run inside the block ({'sql', 'time'}
dicts); len(ctx), ctx[i] and iteration go through it. As Django's, the
slice stays open (final_queries None) when the block raised.
"""


class CaptureQueriesContext:
    """Context manager that captures the queries run on `connection`."""

    def __init__(self, connection):
        self.connection = connection

    def __iter__(self):
        return iter(self.captured_queries)

    def __getitem__(self, index):
        return self.captured_queries[index]

    def __len__(self):
        return len(self.captured_queries)

    @property
    def captured_queries(self):
        return self.connection.queries[self.initial_queries:self.final_queries]

    def __enter__(self):
        self.initial_queries = len(self.connection.queries)
        self.final_queries = None
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        if exc_type is not None:
            return
        self.final_queries = len(self.connection.queries)
