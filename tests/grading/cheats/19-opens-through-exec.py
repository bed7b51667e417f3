# exercise: close-the-file
# targets: uses-with
# cheat: hides open() from the structure check inside a string run by exec
def write_notes(path, notes):
    exec("f = open(path, 'w')\nfor note in notes:\n    f.write(note + '\\n')\nf.close()")


def count_lines(path):
    with open(path) as f:
        return sum(1 for _line in f)


write_notes("notes.txt", ["buy milk", "call mum", "fix bug"])
print(count_lines("notes.txt"))
