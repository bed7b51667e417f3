# Checks: an exception raised in a finally block (here while releasing a resource)
# replaces the one in flight, which is attached as __context__; the traceback shows
# both (stderr, exit code 1).
class Pool:
    def __init__(self):
        self.taken = 0

    def take(self):
        self.taken += 1
        print("taken:", self.taken)

    def give_back(self):
        print("giving back, taken =", self.taken)
        if self.taken > 1:
            raise RuntimeError("pool corrupted while releasing")
        self.taken -= 1


pool = Pool()


def job(fail):
    pool.take()
    try:
        if fail:
            raise TimeoutError("job took too long")
        print("job finished")
    finally:
        pool.give_back()


job(False)
pool.taken = 1
job(True)
