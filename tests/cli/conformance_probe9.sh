#!/bin/sh
# conformance_probe9.sh — tests/conformance/probe9 (ninth probe round, written the way learners and
# instructors write ORM code: the result cache and what evaluates a QuerySet, repr/len/bool/
# slicing with steps/pickling, count()/exists() against len()/bool(), the query's own attributes,
# Managers used as querysets, select_related/prefetch_related query counts, iterator(); get_object_
# or_404/get_list_or_404 in function and class-based views called through RequestFactory, DoesNotExist
# against ObjectDoesNotExist; multi-line chains equal to one-liners, | and & of querysets (sliced ones
# too), querysets as __in values; windows with frames, hash/trig/time functions, expression reprs,
# Q.deconstruct(); transactions (check_constraints, robust on_commit, manual autocommit), RawQuerySet
# and cursor details, Meta indexes and EXPLAIN) identical to Django in every field, but for the ones
# listed in tests/conformance/probe9/KNOWN_DIFFERENCES; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe9
