# Float arithmetic in nested loops (a small Mandelbrot set).
inside = 0
for py in range(240):
    y0 = py / 120.0 - 1.0
    for px in range(320):
        x0 = px / 120.0 - 2.0
        x = 0.0
        y = 0.0
        n = 0
        while n < 50 and x * x + y * y <= 4.0:
            x, y = x * x - y * y + x0, 2.0 * x * y + y0
            n += 1
        if n == 50:
            inside += 1
print(inside)
