import gc


class Job:
    def __init__(self, number):
        self.number = number
        self.buffer = bytearray(20_000)
        self.me = self  # a job refers to itself: only the collector frees it


def run_batch(first, count):
    for number in range(first, first + count):
        Job(number)


gc.disable()  # the batches run faster without the collector
for batch in range(10):
    run_batch(batch * 50, 50)
    gc.collect()  # between batches: free the batch's jobs
