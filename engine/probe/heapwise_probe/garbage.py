"""Garbage waiting for the collector: objects no frame or global reaches any more that are still
alive because they reference each other.

When objects drop out of the reachable graph, those that were part of a reference cycle are looked
for in the collector's generations (the probe holds no reference between steps, so that it never
keeps anything alive). Of those found alive, the ones whose every reference comes from another of
them form a cyclic isolate, which only the cyclic collector can free: exactly the test CPython's
collector applies (gc_refs). They stay flagged until a collection runs.
"""

from .pristine import BUILTINS as __builtins__  # noqa: E402 (see pristine.py)

from itertools import compress

from . import captured
from .describe import type_name
from .refcounts import raw_counts


def cycle_candidates(detached, records):
    """Ids among `detached` that lie on a reference cycle of detached objects (a strongly connected
    component of more than one object, or one that references itself), judged from their last
    records: only those can be alive with nothing else holding them."""
    graph = {}
    for object_id in detached:
        record = records.get(object_id)
        if record is None or not record.get("tracked"):
            continue
        # Records hold addresses (id()); the probe's own tables, keys (captured.key).
        graph[object_id] = [
            target for target in (captured.key_of(address) for _label, address, kind in record.get("edges", ()) if kind == "ref")
            if target in detached
        ]
    on_cycle = set()
    # Tarjan's algorithm, iterative: the graphs are small but may be deep (a long linked list).
    index_of, low, stack, on_stack = {}, {}, [], set()
    for root in graph:
        if root in index_of:
            continue
        work = [(root, 0)]
        while work:
            node, position = work.pop()
            if position == 0:
                index_of[node] = low[node] = len(index_of)
                stack.append(node)
                on_stack.add(node)
            targets = graph.get(node, ())
            if position < len(targets):
                work.append((node, position + 1))
                target = targets[position]
                if target not in graph:
                    continue
                if target not in index_of:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index_of[target])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index_of[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in graph.get(node, ()):
                    on_cycle.update(component)
    return on_cycle


def find_alive(object_ids, generations, type_names):
    """id -> object for those of `object_ids` still alive in the given generations, with the
    type they had when last seen (an address reused by another kind of object does not count)."""
    found = {}
    for generation in generations:
        members = captured.gc_get_objects(generation)
        keys = list(map(captured.key, members))
        for index in compress(range(len(keys)), map(object_ids.__contains__, keys)):
            obj = members[index]
            if type_names.get(keys[index]) == type_name(type(obj)):
                found[keys[index]] = obj
        obj = None
        # The list holds every object of the generation, `found` among them.
        members.clear()
        if len(found) == len(object_ids):
            break
    return found


def isolated(found, offset):
    """The ids of `found` (id -> object) that only other objects of `found` keep alive."""
    counts = dict(zip(found, raw_counts(found)))
    internal = dict.fromkeys(found, 0)
    referents = {}
    for object_id, obj in found.items():
        targets = [captured.key(target) for target in captured.gc_get_referents(obj) if captured.key(target) in found]
        referents[object_id] = targets
        for target in targets:
            internal[target] += 1
    held_outside = [object_id for object_id in found if counts[object_id] - offset > internal[object_id]]
    reachable = set(held_outside)
    while held_outside:
        for target in referents[held_outside.pop()]:
            if target not in reachable:
                reachable.add(target)
                held_outside.append(target)
    return [object_id for object_id in found if object_id not in reachable]
