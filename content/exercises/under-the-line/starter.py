MESSAGE = bytes(range(256)) * 40  # 10,240 bytes


def split(data):
    """Cuts data into pieces, in order, each small enough for pymalloc on 64-bit CPython, in as
    few pieces as possible."""
    return [data]


pieces = split(MESSAGE)


# The checks call this: leave it as it is.
def count_pieces(n):
    return len(split(bytes(n)))


print(len(pieces), b"".join(pieces) == MESSAGE)
