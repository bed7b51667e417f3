# fails: bounded-memory
from collections import deque
from functools import lru_cache

history = deque(maxlen=10)


# The cache still keeps every page it ever rendered.
@lru_cache(maxsize=None)
def render(request_id):
    return f"<p>request {request_id}</p>" + "." * 1000


def handle(request_id):
    page = render(request_id)
    history.append(request_id)
    return len(page)


def last_requests():
    return list(history)


for request_id in range(5_000):
    handle(request_id)
print(last_requests())
