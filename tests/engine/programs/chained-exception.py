class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        raise RuntimeError(f"cannot close {self.name}")


def use(resource):
    try:
        return {}["missing"]
    except KeyError:
        resource.close()


use(Resource("db"))
