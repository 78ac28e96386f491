import time
t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter(); n0 = time.time_ns()
print(type(t0).__name__, type(n0).__name__, type(time.process_time()).__name__, type(time.monotonic_ns()).__name__)
print(t0 > 1.6e9, n0 > 1.6e18, m0 > 0, p0 > 0)
time.sleep(0.25)
time.sleep(0)
print(time.monotonic() - m0 >= 0.25, time.perf_counter() - p0 >= 0.25, time.time() >= t0)
print(time.gmtime(0))
g = time.gmtime(1700000000.9)
print(g, g.tm_year, g.tm_yday, g.tm_zone, g.tm_gmtoff, g[0], len(g), tuple(g)[:3])
print(time.strftime('%Y-%m-%d %H:%M:%S %a %b %j %%', g), time.strftime('', g))
print(time.asctime(g), time.asctime(time.gmtime(86400 * 365)))
print(time.struct_time((2024, 2, 29, 12, 0, 0, 3, 60, 0)), time.gmtime(-86400))
print(time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, 1, 0)))
for f in [lambda: time.sleep(-1), lambda: time.sleep('x'), lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0)),
          lambda: time.strftime('%Y', (1, 2)), lambda: time.struct_time((1, 2)), lambda: time.time(1),
          lambda: g.__setattr__('tm_year', 1)]:
    try:
        f()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
