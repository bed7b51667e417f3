# fails: pieces-fit, full-blocks, hidden-counts, joins-back
import sys

MESSAGE = bytes(range(256)) * 40  # 10,240 bytes

# The header as this 32-bit build measures it (17 bytes), not as 64-bit CPython has it.
PIECE = 512 - sys.getsizeof(b"")


def split(data):
    """Cuts data into pieces, in order, each small enough for pymalloc on 64-bit CPython, in as
    few pieces as possible."""
    return [data[start:start + PIECE] for start in range(0, len(data), PIECE)]


pieces = split(MESSAGE)


# The checks call this: leave it as it is.
def count_pieces(n):
    return len(split(bytes(n)))


print(len(pieces), b"".join(pieces) == MESSAGE)
