# pymalloc's constants on 64-bit CPython 3.10 and later.
ALIGNMENT = 16
SMALL_REQUEST_THRESHOLD = 512
POOL_SIZE = 16 * 1024
POOL_HEADER = 48


def size_class(nbytes):
    """The index of the size class pymalloc serves a request of nbytes from, or None when it
    passes the request on to the system allocator."""
    return None


def block_size(nbytes):
    """The size of the block pymalloc hands out for a request of nbytes, or None."""
    return None


def blocks_per_pool(nbytes):
    """How many blocks of that size one pool holds, after its header, or None."""
    return None


print(size_class(33), block_size(33), blocks_per_pool(33))
