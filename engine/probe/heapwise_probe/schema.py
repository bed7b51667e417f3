"""The trace schema, version TRACE_SCHEMA_VERSION. engine/trace/schema.ts mirrors every type here
(tests/trace/schema-agreement.test.ts compares them field by field); change both together and bump
the version.

The trace is written as JSON lines: a "step" line per recorded line event, a "gc" line per garbage
collection, and one final "summary" line. A step's heap holds only what changed since the step
before it (objects added or changed, ids removed), so the heap at step k is the union of steps 0..k.
"""

from typing import Dict, List, Literal, NewType, NotRequired, Optional, Tuple, TypedDict

TRACE_SCHEMA_VERSION = 3

# id() of an object: its address while it is alive.
ObjectId = NewType("ObjectId", int)

# label, target id, kind. "ref" is a strong reference (an edge gc.get_referents reports); "weak" is
# a weak reference's referent, which the collector does not count.
Edge = Tuple[str, ObjectId, Literal["ref", "weak"]]


class HeapObject(TypedDict):
    id: ObjectId
    type: str
    repr: str
    # What sys.getrefcount reports for the object without the probe: the probe's own references
    # subtracted. For immortal objects (3.12+) the raw, constant value.
    refcount: int
    immortal: NotRequired[Literal[True]]
    size: Optional[int]
    size64: Optional[int]
    tracked: bool
    # 0 young ... 2 oldest, as gc.get_objects(generation) sees it; None when not tracked.
    generation: Optional[int]
    edges: List[Edge]
    # Containers: the number of items, when only the first ones are shown as edges.
    length: NotRequired[int]
    # The walk stopped here (object budget reached): its edges are not listed.
    unexpanded: NotRequired[Literal[True]]
    # Alive, unreachable from every frame and global, held only by a reference cycle: garbage
    # waiting for the collector.
    unreachable: NotRequired[Literal[True]]


class Frame(TypedDict):
    function: str
    line: int
    locals: Dict[str, ObjectId]


class Memory(TypedDict):
    current: int
    peak: int


class HeapDelta(TypedDict):
    changed: List[HeapObject]
    removed: List[ObjectId]


class Step(TypedDict):
    kind: Literal["step"]
    index: int
    line: int
    # Innermost frame last.
    frames: List[Frame]
    globals: Dict[str, ObjectId]
    heap: HeapDelta
    memory: Optional[Memory]


class GcEvent(TypedDict):
    kind: Literal["gc"]
    step: int
    generation: int
    collected: int
    uncollectable: int
    duration_ms: float


class TopLine(TypedDict):
    line: int
    size: int
    count: int


class Truncation(TypedDict):
    # The step cap that stopped the recording, or None if its time did.
    max_steps: Optional[int]
    note: str


class Summary(TypedDict):
    kind: Literal["summary"]
    schema: int
    python: str
    pointer_size: int
    steps: int
    truncated: Optional[Truncation]
    # Whose tracemalloc it is: the probe's own (started for the trace), the program's (it uses
    # tracemalloc itself, so the probe only reads it), or none.
    memory_source: Literal["probe", "program", "none"]
    peak: Optional[int]
    top_lines: List[TopLine]
    # [requested size, count] of the program's live blocks of at most 512 bytes (the requests
    # pymalloc serves) at the end of the run, by size: what feeds the obmalloc model
    # (engine/pymalloc/from-trace.ts).
    small_blocks: List[Tuple[int, int]]
    notes: List[str]
