# A dotted import whose package is missing fails on the package, as
# CPython imports the parents first; the error's name is that package.
for stmt in ("import nonexistent_pkg_q.sub", "import nonexistent_pkg_q.sub.deeper",
             "from nonexistent_pkg_q.sub import thing", "import json.nonexistent_mod_q"):
    try:
        if stmt == "import nonexistent_pkg_q.sub":
            import nonexistent_pkg_q.sub
        elif stmt == "import nonexistent_pkg_q.sub.deeper":
            import nonexistent_pkg_q.sub.deeper
        elif stmt == "from nonexistent_pkg_q.sub import thing":
            from nonexistent_pkg_q.sub import thing
        else:
            import json.nonexistent_mod_q
    except ImportError as e:
        print(stmt, "->", type(e).__name__, e, e.name)
