#!/bin/sh
# conformance_probe25.sh — tests/conformance/probe25 (twenty-fifth probe round: the model class's
# docstring and relations, get_next_by_/get_previous_by_, model_to_dict, serializers.serialize and
# deserialize) identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe25
