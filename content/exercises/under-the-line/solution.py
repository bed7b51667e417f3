MESSAGE = bytes(range(256)) * 40  # 10,240 bytes

# On 64-bit CPython a bytes object of n bytes is one request of 33 + n bytes (sys.getsizeof(b"") is
# 33 there: the header and a trailing NUL), and pymalloc serves requests of up to 512 bytes.
PIECE = 512 - 33


def split(data):
    """Cuts data into pieces, in order, each small enough for pymalloc on 64-bit CPython, in as
    few pieces as possible."""
    return [data[start:start + PIECE] for start in range(0, len(data), PIECE)]


pieces = split(MESSAGE)


# The checks call this: leave it as it is.
def count_pieces(n):
    return len(split(bytes(n)))


print(len(pieces), b"".join(pieces) == MESSAGE)
