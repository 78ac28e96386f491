#!/usr/bin/python3
"""Verify katas under real Django: every kata's solution must pass its
check.py and its starter must fail, on both fixture variants.

Usage (from the repository root):
  sh ../shared/conformance/get_newer_django.sh     # once: /tmp/django-5.2.18
  apt-get install -y python3-asgiref python3-sqlparse
  tests/lessons/django_check.py [--django-path /tmp/django-5.2.18] [-v] [KATA_OR_DIR ...]

With no arguments it checks lessons/*/*.kata. It prints one line per kata
and variant ("ok 01-lazy/02-count-not-len v1: solution passes 4/4, starter
fails 2/4 — <first failed message>") and exits 0 when every solution passes
and every starter fails, 1 otherwise, 77 when Django is not available.

The setup follows ../shared/conformance/run.py: the conformance apps
(blog, books, bank = data/models/*.py), SQLite, USE_TZ=False, DEBUG=False,
the clock frozen at 2024-01-15 12:00; the database is the ormkata kata
fixture (`./ormkata fixture --variant N`), fresh for every run. check.py
runs as "__main__" from "<check.py>", the answer as module `answer` from
answer.py, and `kata` is tests/lessons/pykata.py.
"""
import argparse
import datetime
import glob
import io
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from contextlib import redirect_stdout

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CONFORMANCE = os.path.join(os.path.dirname(ROOT), "shared", "conformance")
FROZEN_NOW = datetime.datetime(2024, 1, 15, 12, 0, 0)

p = argparse.ArgumentParser()
p.add_argument("katas", nargs="*")
p.add_argument("--django-path", default="/tmp/django-5.2.18")
p.add_argument("--ormkata", default=os.path.join(ROOT, "ormkata"))
p.add_argument("-v", "--verbose", action="store_true")
ARGS = p.parse_args()

if os.path.isdir(ARGS.django_path):
    sys.path.insert(0, ARGS.django_path)
sys.path.insert(0, os.path.join(CONFORMANCE, "apps"))
sys.path.insert(0, HERE)
try:
    import django
    from django.conf import settings
except ImportError as e:
    print("skip: Django not available (%s)" % e)
    sys.exit(77)

TMP = tempfile.mkdtemp(prefix="kata_django_", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
DB_PATH = os.path.join(TMP, "db.sqlite3")
ANSWER_DIR = os.path.join(TMP, "answer")
os.makedirs(ANSWER_DIR)
sys.path.insert(0, ANSWER_DIR)

settings.configure(
    DEBUG=False,
    SECRET_KEY="kata-check",
    INSTALLED_APPS=["blog", "books", "bank"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": DB_PATH}},
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=False,
    TIME_ZONE="UTC",
    USE_I18N=False,
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    TEMPLATES=[],
)
urlpatterns = []
django.setup()

from django.apps import apps  # noqa: E402
from django.db import connection  # noqa: E402

import pykata  # noqa: E402


def freeze_clock():
    from django.utils import timezone

    timezone.now = lambda: FROZEN_NOW
    from blog.models import Entry

    field = Entry._meta.get_field("mod_date")
    field.default = lambda: FROZEN_NOW.date()
    field.__dict__.pop("_get_default", None)


freeze_clock()


def build_template(variant):
    if os.path.exists(DB_PATH):
        os.remove(DB_PATH)
    with connection.schema_editor() as editor:
        for label in ("blog", "books", "bank"):
            for model in apps.get_app_config(label).get_models():
                editor.create_model(model)
    connection.close()
    script = subprocess.run([ARGS.ormkata, "fixture", "--variant", str(variant)], check=True,
                            capture_output=True, text=True).stdout
    raw = sqlite3.connect(DB_PATH)
    raw.executescript(script)
    raw.commit()
    raw.close()
    with open(DB_PATH, "rb") as f:
        return f.read()


def reset_db(template):
    connection.close()
    for suffix in ("-journal", "-wal", "-shm"):
        if os.path.exists(DB_PATH + suffix):
            os.remove(DB_PATH + suffix)
    with open(DB_PATH, "wb") as f:
        f.write(template)
    connection.ensure_connection()
    connection.queries_log.clear()


def parse_kata(path):
    """The sections of a .kata file: header dict and {name: text}."""
    header, sections, cur = {}, {}, None
    hints = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("=== "):
                cur = line[4:].strip()
                if cur == "hint":
                    hints.append("")
                else:
                    sections[cur] = ""
                continue
            if cur is None:
                if ":" in line and not line.startswith("#"):
                    k, v = line.split(":", 1)
                    header[k.strip()] = v.strip()
            elif cur == "hint":
                hints[-1] += line
            else:
                sections[cur] += line
    sections["hints"] = hints
    return header, sections


def run_one(sections, which, template):
    """Run check.py against the kata's `which` (solution.py / starter.py,
    or the path of another answer file). Returns (passed, checks, error)."""
    reset_db(template)
    if which in sections:
        src = sections[which]
    else:
        with open(which, encoding="utf-8") as f:
            src = f.read()
    answer_path = os.path.join(ANSWER_DIR, "answer.py")
    with open(answer_path, "w", encoding="utf-8") as f:
        f.write(src)
    sys.modules.pop("answer", None)
    pykata._reset(answer_path, src)
    sys.modules["kata"] = pykata
    ns = {"__name__": "__main__", "__builtins__": __builtins__}
    error = None
    out = io.StringIO()
    try:
        code = compile(sections["check.py"], "<check.py>", "exec")
        with redirect_stdout(out):
            exec(code, ns)
    except Exception as e:  # noqa: B902 — a check.py or answer error fails the run
        error = "%s: %s" % (type(e).__name__, e)
    checks = list(pykata.CHECKS)
    passed = error is None and checks and all(c[1] for c in checks)
    return passed, checks, error


def main():
    paths = []
    for a in ARGS.katas or [os.path.join(ROOT, "lessons")]:
        if os.path.isdir(a):
            paths += sorted(glob.glob(os.path.join(a, "*.kata")) + glob.glob(os.path.join(a, "*", "*.kata")))
        else:
            paths.append(a)
    templates = {v: build_template(v) for v in (1, 2)}
    bad = 0
    for path in paths:
        header, sections = parse_kata(path)
        kid = os.path.relpath(path, os.path.join(ROOT, "lessons"))[:-5]
        for v in (1, 2):
            sp, schecks, serr = run_one(sections, "solution.py", templates[v])
            tp, tchecks, terr = run_one(sections, "starter.py", templates[v])
            good = sp and not tp
            bad += not good
            first_fail = next((c for c in tchecks if not c[1]), None)
            why = terr or (first_fail and "%s (%s)" % (first_fail[0], first_fail[2])) or "-"
            print("%s %s v%d: solution %s %d/%d%s, starter %s %d/%d — %s" % (
                "ok  " if good else "FAIL", kid, v,
                "passes" if sp else "FAILS", sum(c[1] for c in schecks), len(schecks),
                (" [%s]" % serr) if serr else "",
                "fails" if not tp else "PASSES", sum(c[1] for c in tchecks), len(tchecks), why))
            if ARGS.verbose or not sp:
                for c in schecks:
                    if not c[1] or ARGS.verbose:
                        print("    solution %s %s — %s" % ("✓" if c[1] else "✗", c[0], c[2]))
            if ARGS.verbose:
                for c in tchecks:
                    print("    starter  %s %s — %s" % ("✓" if c[1] else "✗", c[0], c[2]))
        # Answers written in other styles: good_*.py must pass on both
        # variants, bad_*.py must fail on at least one.
        # answers/<lesson>/<kata>/ (lesson 1 also keeps answers/<kata>/).
        others = sorted(glob.glob(os.path.join(HERE, "answers", kid, "*.py")))
        if kid.startswith("01-"):
            others += sorted(glob.glob(os.path.join(HERE, "answers", os.path.basename(path)[:-5], "*.py")))
        for other in others:
            name = os.path.basename(other)
            want_pass = name.startswith("good_")
            results = [run_one(sections, other, templates[v]) for v in (1, 2)]
            passed = all(r[0] for r in results)
            good = passed == want_pass
            bad += not good
            first_fail = next((c for r in results for c in r[1] if not c[1]), None)
            err = next((r[2] for r in results if r[2]), None)
            why = err or (first_fail and "%s (%s)" % (first_fail[0], first_fail[2])) or "-"
            print("%s %s %s: %s — %s" % ("ok  " if good else "FAIL", kid, name,
                                         "passes" if passed else "fails", why if not passed else "-"))
    shutil.rmtree(TMP, True)
    print("%d katas x 2 variants, %d problems" % (len(paths), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
