#!/bin/sh
# conformance_probe7.sh — tests/conformance/probe7 (seventh probe round: QuerySet API corners —
# values()/values_list() with transforms and expressions, order_by with F().asc/desc(nulls_*),
# Lower() and '?', reverse() with first()/last(), distinct() with ordering on relations,
# exists/count/contains/get after slicing, latest/earliest with several fields, aggregate
# default=, in_bulk(field_name=), select_related with only/defer, sliced Prefetch, chained
# filters across multi-valued relations, annotate/filter order, update/delete errors, explain(),
# pickling) identical to Django in every field, but for the ones listed in
# tests/conformance/probe7/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe7
