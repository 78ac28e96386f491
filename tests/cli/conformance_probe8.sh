#!/bin/sh
# conformance_probe8.sh — tests/conformance/probe8 (eighth probe round: the books and bank apps —
# join-heavy queries and their aliases, Count over two multi-valued relations with and without
# distinct=True, Sum over duplicating joins, aggregation across Store → books → authors,
# filter() before/after annotate(), exclude() on m2m, values('publisher__name').annotate(),
# prefetch/select_related across both, F()/Subquery comparisons across relations, two foreign
# keys to Account (filters, select_related, reverse counts), and the bank's transactions:
# F() updates, atomic/savepoints, select_for_update, IntegrityError and rollback) identical to
# Django in every field, but for the ones listed in tests/conformance/probe8/KNOWN_DIFFERENCES;
# see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe8
