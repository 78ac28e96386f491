# hashlib's six classic digests, hash objects and errors; random.seed() of
# a str or bytes (version 2 hashes it with sha512, version 1 its own way).
# And bytes.fromhex().
import hashlib
import random

for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    h = hashlib.new(name, b"The ORM")
    h.update(" is lazy".encode())
    c = h.copy()
    c.update(b"!")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16], len(h.digest()))
print(hashlib.sha256().hexdigest())
print(hashlib.md5(b"a" * 1000).hexdigest(), hashlib.sha1("é".encode()).hexdigest())
print(hashlib.new("SHA256", b"x").hexdigest() == hashlib.sha256(b"x").hexdigest())
for bad in (lambda: hashlib.sha256("text"), lambda: hashlib.new("nope"), lambda: hashlib.md5(3),
            lambda: hashlib.sha1().update("x")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for seed in ("kata", b"kata", "", "é unicode"):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100))
random.seed("kata", version=1)
print(random.random())
r = random.Random("instance")
print(r.choice(["a", "b", "c", "d"]), r.sample(range(100), 3))
for s in ['61 62', ' 6162 ', '6g', '616', '61  62', '61\t62', '6 1', '', 'AbCd', 'é1']:
    try: print(repr(s), bytes.fromhex(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
for bad in (b'61', 3):
    try: bytes.fromhex(bad)
    except Exception as e: print(type(e).__name__, e)
print(bytes.fromhex(b"\x00\xffok".hex()))
