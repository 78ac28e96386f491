#!/bin/sh
# conformance_probe19.sh — tests/conformance/probe19 (nineteenth probe round: what vars() of a model
# instance and of its _state show after loading, creating, saving, following relations and
# pickling) identical to Django in every field; see tests/conformance/check.sh.
exec sh tests/conformance/check.sh probe19
