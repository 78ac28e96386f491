# Attribute access and method calls on class instances, properties, inheritance.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle(Point):
    def __init__(self, x, y, mass):
        super().__init__(x, y)
        self.mass = mass

    def energy(self):
        return self.mass * self.norm1


ps = [Particle(i, -i, i % 7 + 1) for i in range(200)]
total = 0
for step in range(3200):
    for p in ps:
        p.move(1, -1)
        total += p.energy()
print(total)
