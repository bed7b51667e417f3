# fails: prints-lists, example, hidden-cases
def add_tag(tags, tag):
    """Adds tag to the caller's list itself: every name bound to that list sees it."""
    tags = tags + [tag]


def with_tag(tags, tag):
    """Returns a new list, tags plus tag; the caller's list does not change."""
    return tags + [tag]


def publish(tags, saved, trial):
    """Saves one tag on the post, and previews it with one more that is not saved. Keep as it is."""
    add_tag(tags, saved)
    preview = with_tag(tags, trial)
    return [tags, preview]


post = ["python"]
draft = post
add_tag(post, "memory")
preview = with_tag(post, "draft")
print(draft, preview)  # mark: after
