# ormkata-only
# Expected output from real Django 5.2:
#   /usr/bin/python3 /work/shared/conformance/run.py --bare --django-path /tmp/django-5.2.18 django_http_json.py
# (the .out is the "stdout" field of its JSON line)
import datetime
import decimal
import json
from django.http import JsonResponse
from django.core.serializers.json import DjangoJSONEncoder

r = JsonResponse({"headline": "Thoughts on Django (1)", "blog": "Django Diary"})
print(r.content)
print(repr(r), r["Content-Type"], r.status_code)
r = JsonResponse({"n": 1, "f": 2.5, "b": True, "z": None, "l": [1, [2, 3], {}], "t": (1, 2), "e": [], "s": "caf\u00e9 \u2603 \U0001F600 \"q\" \\ \n\t"})
print(r.content)
r = JsonResponse({
    "date": datetime.date(2024, 1, 15),
    "dt": datetime.datetime(2024, 1, 15, 12, 0),
    "dt_us": datetime.datetime(2024, 1, 15, 12, 0, 0, 123456),
    "dt_utc": datetime.datetime(2024, 1, 15, 12, 0, tzinfo=datetime.timezone.utc),
    "dt_us_utc": datetime.datetime(2024, 1, 15, 12, 0, 0, 500, tzinfo=datetime.timezone.utc),
    "time": datetime.time(9, 30),
    "time_us": datetime.time(9, 30, 1, 250000),
    "td": datetime.timedelta(days=2, hours=3, minutes=4, seconds=5),
    "td_us": datetime.timedelta(seconds=1, microseconds=7),
    "td_neg": datetime.timedelta(days=-1, seconds=5),
    "dec": decimal.Decimal("19.990"),
    "dec_int": decimal.Decimal("100"),
})
print(r.content)
print(JsonResponse([1, 2, 3], safe=False).content)
print(JsonResponse("text", safe=False).content)
print(JsonResponse(None, safe=False).content)
print(JsonResponse({"a": 1}, status=201).status_code)
print(JsonResponse({"b": 1, "a": 2}, json_dumps_params={"sort_keys": True, "indent": 2}).content)
print(JsonResponse({1: "int key", 2.5: "float", True: "bool", None: "none"}).content)
for data in [[1], "x", 5, (1,)]:
    try:
        JsonResponse(data)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    JsonResponse({"o": object})
except TypeError as e:
    print(type(e).__name__, e)
try:
    JsonResponse({"t": datetime.time(1, 2, tzinfo=datetime.timezone.utc)})
except ValueError as e:
    print(type(e).__name__, e)
try:
    JsonResponse({(1, 2): "x"})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({"a": [1, 2.0, 1e100, 0.1, -0.0, 10**20, float("inf"), float("nan")]}))
print(json.dumps("caf\u00e9", ensure_ascii=False), json.dumps("caf\u00e9"))
print(json.dumps([1, {"a": []}], indent=4))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
print(json.dumps({"d": decimal.Decimal("1.5")}, cls=DjangoJSONEncoder))
print(json.dumps([datetime.date(2020, 2, 29)], default=str))
try:
    json.dumps({"d": decimal.Decimal("1.5")})
except TypeError as e:
    print(type(e).__name__, e)
l = []
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads('{"a": [1, 2.5, -3e2, null, true, false, "\\u00e9\\n", {}], "b": {"c": ""}}'))
print(json.loads(b'[1, 2]'), json.loads(" 7 "), json.loads('"\\ud83d\\ude00"') == "\U0001F600")
print(json.loads(r.content))
for bad in ['', '{', '{"a" 1}', '[1,]', '[1 2]', '{"a": 1,}', '"abc', 'tru', '1 2', '{1: 2}', '"a\\qb"', '[\n1,\n@]']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
