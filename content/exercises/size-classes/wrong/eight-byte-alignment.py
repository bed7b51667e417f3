# fails: example, hidden-classes, block-sizes, pool-capacity
# The alignment of a 32-bit build: not the one asked for.
ALIGNMENT = 8
SMALL_REQUEST_THRESHOLD = 512
POOL_SIZE = 16 * 1024
POOL_HEADER = 48


def size_class(nbytes):
    """The index of the size class pymalloc serves a request of nbytes from, or None when it
    passes the request on to the system allocator."""
    if nbytes == 0 or nbytes > SMALL_REQUEST_THRESHOLD:
        return None
    return (nbytes - 1) // ALIGNMENT


def block_size(nbytes):
    """The size of the block pymalloc hands out for a request of nbytes, or None."""
    index = size_class(nbytes)
    return None if index is None else (index + 1) * ALIGNMENT


def blocks_per_pool(nbytes):
    """How many blocks of that size one pool holds, after its header, or None."""
    size = block_size(nbytes)
    return None if size is None else (POOL_SIZE - POOL_HEADER) // size


print(size_class(33), block_size(33), blocks_per_pool(33))
