# Objects still bound when the program ends are finalized at interpreter shutdown.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalizing", self.name)


_private = Noisy("underscore name")
first = Noisy("first")
second = Noisy("second")
pair = [Noisy("in a list")]
print("end of program")
