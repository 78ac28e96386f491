"""check_reports.py FORMAT FILE EXPECT — structure checks of `ormkata grade`
output for tests/cli/kata_grade.sh. EXPECT is "id=passed,id=failed,..." in
course order. Exits 1 with a message when something is off."""
import json
import re
import sys
import xml.etree.ElementTree as ET

fmt, path, expect = sys.argv[1], sys.argv[2], sys.argv[3]
want = [tuple(x.split("=")) for x in expect.split(",")]
text = open(path, encoding="utf-8").read()


def die(msg):
    print(f"check_reports {fmt}: {msg}")
    sys.exit(1)


if fmt == "json":
    d = json.loads(text)
    for key in ("score", "max_score", "passed", "total", "workspaces"):
        if key not in d:
            die(f"no {key}")
    katas = [k for w in d["workspaces"] for k in w["katas"]]
    got = [(k["id"], "passed" if k["passed"] else "failed") for k in katas]
    if got != want:
        die(f"katas {got} != {want}")
    for k in katas:
        for key in ("title", "points", "score", "summary", "checks", "queries"):
            if key not in k:
                die(f"kata without {key}")
        if k["passed"] != (k["score"] == k["points"]) and k["points"]:
            die("score does not follow passed")
        for c in k["checks"]:
            if set(c) != {"message", "passed", "variant", "line", "detail"}:
                die(f"check fields {sorted(c)}")
            if c["variant"] not in (1, 2):
                die("variant")
        if not k["passed"] and not k["summary"]:
            die("failed kata without summary")
    if d["score"] != sum(k["score"] for k in katas):
        die("score is not the sum")
elif fmt == "gradescope":
    d = json.loads(text)
    for key in ("score", "max_score", "execution_time", "output", "tests"):
        if key not in d:
            die(f"no {key}")
    got = []
    for t in d["tests"]:
        if set(t) != {"name", "number", "score", "max_score", "status", "output", "visibility"}:
            die(f"test fields {sorted(t)}")
        if t["status"] not in ("passed", "failed") or t["visibility"] != "visible":
            die("status/visibility")
        if t["score"] != (t["max_score"] if t["status"] == "passed" else 0):
            die("score does not follow status")
        got.append((t["name"].split(":")[0], t["status"]))
    if got != want:
        die(f"tests {got} != {want}")
    if d["score"] != sum(t["score"] for t in d["tests"]):
        die("score is not the sum")
elif fmt == "junit":
    root = ET.fromstring(text.encode())
    if root.tag != "testsuites":
        die("root")
    cases = root.findall("./testsuite/testcase")
    got = [(c.get("name"), "failed" if c.find("failure") is not None else "passed") for c in cases]
    if got != want:
        die(f"testcases {got} != {want}")
    if int(root.get("tests")) != len(cases) or int(root.get("failures")) != sum(s == "failed" for _, s in got):
        die("counts")
    for c in cases:
        f = c.find("failure")
        if f is not None and (not f.get("message") or not (f.text or "").strip()):
            die("failure without message/text")
        if c.get("classname") != c.get("name").split("/")[0]:
            die("classname is not the lesson")
elif fmt == "tap":
    lines = text.splitlines()
    if lines[0] != "TAP version 14":
        die("first line")
    m = re.fullmatch(r"1\.\.(\d+)", lines[1])
    if not m or int(m.group(1)) != len(want):
        die("plan")
    got, i, n = [], 2, 0
    while i < len(lines):
        m = re.fullmatch(r"(ok|not ok) (\d+) - (\S+)", lines[i])
        if not m:
            die(f"line {i + 1}: {lines[i]!r}")
        n += 1
        if int(m.group(2)) != n:
            die("numbering")
        got.append((m.group(3), "passed" if m.group(1) == "ok" else "failed"))
        i += 1
        if i < len(lines) and lines[i] == "  ---":
            j = lines.index("  ...", i)
            for y in lines[i + 1:j]:
                if not y.startswith("  "):
                    die("YAML block not indented")
            if not any(y.startswith("  message: ") for y in lines[i + 1:j]):
                die("YAML block without message")
            i = j + 1
    if got != want:
        die(f"tests {got} != {want}")
else:
    die("unknown format")
