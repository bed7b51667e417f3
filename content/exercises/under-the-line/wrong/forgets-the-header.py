# fails: pieces-fit, full-blocks, example-count, hidden-counts, joins-back
MESSAGE = bytes(range(256)) * 40  # 10,240 bytes

# 512 bytes of data: the object's header is forgotten.
PIECE = 512


def split(data):
    """Cuts data into pieces, in order, each small enough for pymalloc on 64-bit CPython, in as
    few pieces as possible."""
    return [data[start:start + PIECE] for start in range(0, len(data), PIECE)]


pieces = split(MESSAGE)


# The checks call this: leave it as it is.
def count_pieces(n):
    return len(split(bytes(n)))


print(len(pieces), b"".join(pieces) == MESSAGE)
