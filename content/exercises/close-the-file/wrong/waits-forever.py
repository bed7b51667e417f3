# fails: uses-with, no-growing-log, prints-count, finishes
def count_lines(path):
    while True:
        pass


with open("notes.txt", "w") as f:
    f.write("one\n")
print(count_lines("notes.txt"))
