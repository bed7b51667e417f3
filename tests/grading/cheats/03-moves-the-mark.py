# exercise: count-the-references
# targets: three-references
# cheat: moves the marked line to a statement where the count happens to be right
import sys

data = [1, 2, 3]
holders = [data]
index = {"data": data}  # mark: count
del index

print(sys.getrefcount(data) - 1)
