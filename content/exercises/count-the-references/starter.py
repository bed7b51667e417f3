import sys

data = [1, 2, 3]
# Keep data in a list named holders and in a dict named index, under the key "data".

print(sys.getrefcount(data) - 1)  # mark: count
