"""connection.features: the flags of Django 5.2's SQLite backend that
change what the ORM sends. supports_json_field is found out the way
Django does, once per connection, with a statement the queries log shows."""


class DatabaseFeatures:
    supports_over_clause = True
    supports_frame_range_fixed_distance = True
    supports_frame_exclusion = True
    supports_transactions = True
    can_return_rows_from_bulk_insert = True
    supports_select_union = True
    supports_select_intersection = True
    supports_select_difference = True
    supports_slicing_ordering_in_compound = False
    supports_parentheses_in_compound = False
    can_distinct_on_fields = False
    has_native_duration_field = False
    # indexes and constraints (BaseDatabaseFeatures' values SQLite keeps)
    has_select_for_update = False
    supports_partial_indexes = True
    supports_functions_in_partial_indexes = True
    supports_covering_indexes = False
    supports_expression_indexes = True
    supports_index_on_text_field = True
    supports_deferrable_unique_constraints = False
    supports_aggregate_filter_clause = True
    order_by_nulls_first = True
    can_release_savepoints = True
    supports_timezones = False
    max_query_params = 999
    has_json_object_function = property(lambda self: self.supports_json_field)

    def __init__(self, connection):
        self.connection = connection
        self._json = None

    @property
    def supports_json_field(self):
        if self._json is None:
            from django.db import OperationalError, transaction
            with self.connection.cursor() as cursor:
                try:
                    with transaction.atomic():
                        cursor.execute('SELECT JSON(\'{"a": "b"}\')')
                    self._json = True
                except OperationalError:
                    self._json = False
        return self._json
