#!/bin/sh
# conformance_probe10.sh — tests/conformance/probe10 (tenth probe round, the course's later lessons:
# every database function and its result type on SQLite, mixed-type arithmetic and output_field
# errors, Case/When in annotate/update/order_by, Subquery/Exists, Python loops rewritten as ORM
# calls and compared, transactions (atomic as decorator and block, savepoints, select_for_update,
# on_commit order, autocommit, mark_for_rollback_on_error), raw SQL (Manager.raw params and
# translations, cursor fetch*/description/executemany, injection and % pitfalls, extra()) and
# indexes (Meta.indexes with condition, db_index, unique_together, EXPLAIN)) identical to Django in
# every field, but for the ones listed in tests/conformance/probe10/KNOWN_DIFFERENCES; see
# tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe10
