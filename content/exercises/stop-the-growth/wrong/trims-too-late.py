# fails: bounded-memory
history = []


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
# Short at the end, but all 5,000 ids were kept until here.
del history[:-10]
print(last_requests())
