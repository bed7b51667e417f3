# exercise: close-the-file
# targets: uses-with
# cheat: calls open under another name, outside any with statement
opener = open


def write_notes(path, notes):
    f = opener(path, "w")
    for note in notes:
        f.write(note + "\n")
    f.close()


def count_lines(path):
    with open(path) as f:
        return sum(1 for _line in f)


write_notes("notes.txt", ["buy milk", "call mum", "fix bug"])
print(count_lines("notes.txt"))
