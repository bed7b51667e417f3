from collections import deque

# The ids of the last requests handled, for a debug page: it keeps the last 10.
history = deque(maxlen=10)


# No cache: every request id is rendered once, so a cache only kept every page.
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
