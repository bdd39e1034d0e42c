# bench_raytrace: bench/programs/raytrace.py with smaller parameters: a small ray tracer (spheres and a checkered plane, two point lights with shadows,
# Lambert and Phong shading, mirror reflections) rendering a WIDTH x HEIGHT frame; prints a
# checksum of the pixels instead of writing an image
import math

WIDTH, HEIGHT, DEPTH = 40, 40, 3
EPSILON = 1e-5


class Vec:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        # this direction mirrored about the (unit) normal
        return self.sub(normal.scale(2 * self.dot(normal)))


class Ray:
    def __init__(self, origin, direction):
        self.origin, self.direction = origin, direction.normalized()

    def at(self, t):
        return self.origin.add(self.direction.scale(t))


class Sphere:
    def __init__(self, centre, radius, colour, mirror):
        self.centre, self.radius, self.colour, self.mirror = centre, radius, colour, mirror

    def intersect(self, ray):
        # the distance along ray to the nearest hit in front of its origin, or None
        cp = ray.origin.sub(self.centre)
        b = cp.dot(ray.direction)
        disc = b * b - cp.dot(cp) + self.radius * self.radius
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, p):
        return p.sub(self.centre).normalized()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, point, normal, mirror):
        self.point, self.normal, self.mirror = point, normal.normalized(), mirror

    def intersect(self, ray):
        d = ray.direction.dot(self.normal)
        if abs(d) < EPSILON:
            return None
        t = self.point.sub(ray.origin).dot(self.normal) / d
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal

    def colour_at(self, p):
        # a checkerboard of unit squares
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.2, 0.2, 0.25)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.2, 0.7, 6.5), 0.7, Vec(0.2, 0.8, 0.3), 0.1),
            Sphere(Vec(2.0, 1.5, 7.0), 1.5, Vec(0.3, 0.4, 0.9), 0.5),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), 0.2),
        ]
        self.lights = [(Vec(-5.0, 8.0, -2.0), 0.8), (Vec(6.0, 5.0, 1.0), 0.4)]
        self.eye = Vec(0.0, 1.8, -1.0)

    def nearest(self, ray):
        best, hit = None, None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best is None or t < best):
                best, hit = t, obj
        return best, hit

    def trace(self, ray, depth):
        # the colour seen along ray
        t, obj = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 0.9).scale(k).add(Vec(1.0, 1.0, 1.0).scale(1.0 - k))
        p = ray.at(t)
        n = obj.normal_at(p)
        base = obj.colour_at(p)
        colour = base.scale(0.1)
        for pos, power in self.lights:
            to_light = pos.sub(p)
            dist = to_light.length()
            shadow_t, _ = self.nearest(Ray(p, to_light))
            if shadow_t is not None and shadow_t < dist:
                continue
            l = to_light.normalized()
            lambert = n.dot(l)
            if lambert > 0:
                colour = colour.add(base.scale(lambert * power))
                spec = l.reflect(n).dot(ray.direction)
                if spec > 0:
                    colour = colour.add(Vec(1.0, 1.0, 1.0).scale(power * spec ** 20))
        if depth > 0 and obj.mirror > 0:
            bounce = self.trace(Ray(p, ray.direction.reflect(n)), depth - 1)
            colour = colour.scale(1 - obj.mirror).add(bounce.scale(obj.mirror))
        return colour


def render(scene, width, height):
    checksum = 0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2) / width
            y = (height / 2 - j) / height
            c = scene.trace(Ray(scene.eye, Vec(x, y, 1.0)), DEPTH)
            r, g, b = (min(255, int(v * 255)) for v in (c.x, c.y, c.z))
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) % 4294967291
    return checksum


print(render(Scene(), WIDTH, HEIGHT))
