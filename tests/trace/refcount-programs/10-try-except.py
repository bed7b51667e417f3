def risky(value):
    box = [value]  # refcount: value
    try:
        raise ValueError(box)  # refcount: box
    except ValueError as error:
        caught = error  # refcount: error, box
        return caught  # refcount: caught


problem = [1]
got = risky(problem)  # refcount: problem
del got  # refcount: problem
