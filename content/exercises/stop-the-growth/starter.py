from functools import lru_cache

# The ids of the last requests handled, for a debug page: it needs the last 10.
history = []


@lru_cache(maxsize=None)
def render(request_id):
    return f"<p>request {request_id}</p>" + "." * 1000


def handle(request_id):
    page = render(request_id)
    history.append(request_id)
    return len(page)


def last_requests():
    return history[-10:]


for request_id in range(5_000):
    handle(request_id)
print(last_requests())
