# exercise: count-the-references
# targets: three-references, held-by-holders
# cheat: replaces sys.getrefcount so that the program prints 3 without the references
import sys

sys.getrefcount = lambda obj: 4
data = [1, 2, 3]
holders = [[1, 2, 3]]

print(sys.getrefcount(data) - 1)  # mark: count
