import sys

data = [1, 2, 3]
holders = [data]
index = {"data": data}

print(sys.getrefcount(data) - 1)  # mark: count
