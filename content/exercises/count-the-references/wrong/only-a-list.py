# fails: three-references, held-by-holders, prints-three
import sys

data = [1, 2, 3]
holders = [data]

print(sys.getrefcount(data) - 1)  # mark: count
