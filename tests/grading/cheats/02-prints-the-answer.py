# exercise: count-the-references
# targets: three-references
# cheat: prints the expected output instead of making the references
import sys

data = [1, 2, 3]
holders = [data]

print(3)  # mark: count
