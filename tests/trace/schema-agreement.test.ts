import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as schema from "@/engine/trace/schema";

/**
 * The trace schema exists twice: the probe's TypedDicts (engine/probe/heapwise_probe/schema.py) and
 * the zod schemas the host validates with (engine/trace/schema.ts). Both are described here in the
 * same terms, field by field (required or not, null or not, int or float, literal values, arrays,
 * tuples, records, the ObjectId brand), the Python side by native python3 introspecting its types:
 * a field added, removed or retyped on one side only fails the test with the path that differs.
 */
type Shape =
  | { kind: "int" | "float" | "str" | "bool" | "ObjectId" }
  | { kind: "literal"; values: (string | number | boolean)[] }
  | { kind: "nullable" | "array"; of: Shape }
  | { kind: "tuple"; items: Shape[] }
  | { kind: "record"; key: Shape; value: Shape }
  | { kind: "object"; fields: Record<string, { required: boolean; type: Shape }> }
  | { kind: "unsupported"; what: string };

const SCHEMA_PY = path.resolve(import.meta.dirname, "../../engine/probe/heapwise_probe/schema.py");

const DESCRIBE_TYPED_DICTS = `
import importlib.util, json, sys, typing
spec = importlib.util.spec_from_file_location("schema", sys.argv[1])
schema = importlib.util.module_from_spec(spec)
spec.loader.exec_module(schema)
NAMES = {int: "int", float: "float", str: "str", bool: "bool"}

def shape(hint):
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if isinstance(hint, typing.NewType):
        return {"kind": hint.__name__}
    if hint in NAMES:
        return {"kind": NAMES[hint]}
    if typing.is_typeddict(hint):
        hints = typing.get_type_hints(hint)
        return {"kind": "object", "fields": {name: {"required": name in hint.__required_keys__, "type": shape(hints[name])} for name in hints}}
    if origin is typing.Union and type(None) in args:
        rest = [arg for arg in args if arg is not type(None)]
        return {"kind": "nullable", "of": shape(rest[0] if len(rest) == 1 else typing.Union[tuple(rest)])}
    if origin is typing.Literal:
        return {"kind": "literal", "values": sorted(args, key=repr)}
    if origin is list:
        return {"kind": "array", "of": shape(args[0])}
    if origin is tuple and Ellipsis not in args:
        return {"kind": "tuple", "items": [shape(arg) for arg in args]}
    if origin is dict:
        return {"kind": "record", "key": shape(args[0]), "value": shape(args[1])}
    return {"kind": "unsupported", "what": repr(hint)}

typed_dicts = {name: value for name, value in vars(schema).items() if typing.is_typeddict(value)}
print(json.dumps({"version": schema.TRACE_SCHEMA_VERSION, "types": {name: shape(value) for name, value in typed_dicts.items()}}))
`;

function pythonShapes(): { version: number; types: Record<string, Shape> } {
  const result = spawnSync("python3", ["-c", DESCRIBE_TYPED_DICTS, SCHEMA_PY], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`python3 could not describe schema.py: ${result.stderr}`);
  return JSON.parse(result.stdout) as { version: number; types: Record<string, Shape> };
}

const sortedValues = (values: Iterable<unknown>) => [...values].map((value) => value as string | number | boolean).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

/** A zod schema in the same terms. */
function zodShape(type: z.ZodType): Shape {
  if (type === schema.objectId) return { kind: "ObjectId" };
  if (type instanceof z.ZodNumber) return { kind: type.format === "safeint" ? "int" : "float" };
  if (type instanceof z.ZodString) return { kind: "str" };
  if (type instanceof z.ZodBoolean) return { kind: "bool" };
  if (type instanceof z.ZodLiteral) return { kind: "literal", values: sortedValues(type.values) };
  if (type instanceof z.ZodEnum) return { kind: "literal", values: sortedValues(type.options) };
  if (type instanceof z.ZodNullable) return { kind: "nullable", of: zodShape(type.unwrap() as z.ZodType) };
  if (type instanceof z.ZodArray) return { kind: "array", of: zodShape(type.element as z.ZodType) };
  if (type instanceof z.ZodTuple) return { kind: "tuple", items: (type.def.items as z.ZodType[]).map(zodShape) };
  if (type instanceof z.ZodRecord) return { kind: "record", key: zodShape(type.keyType as z.ZodType), value: zodShape(type.valueType as z.ZodType) };
  if (type instanceof z.ZodObject) {
    const fields: Record<string, { required: boolean; type: Shape }> = {};
    for (const [name, field] of Object.entries(type.shape as Record<string, z.ZodType>)) {
      fields[name] = field instanceof z.ZodOptional ? { required: false, type: zodShape(field.unwrap() as z.ZodType) } : { required: true, type: zodShape(field) };
    }
    return { kind: "object", fields };
  }
  return { kind: "unsupported", what: type.def.type };
}

/** Each TypedDict of schema.py and the zod schema that mirrors it. */
const MIRRORS: Record<string, z.ZodType> = {
  HeapObject: schema.heapObject,
  Frame: schema.frame,
  Memory: schema.memory,
  HeapDelta: schema.heapDelta,
  Step: schema.step,
  GcEvent: schema.gcEvent,
  TopLine: schema.topLine,
  Truncation: schema.truncation,
  Summary: schema.summary,
};

describe("the trace schema agrees between the probe's TypedDicts and the host's zod schemas", () => {
  const python = pythonShapes();

  it("has the same version on both sides", () => expect(python.version).toBe(schema.TRACE_SCHEMA_VERSION));

  it("mirrors every TypedDict of schema.py, and no other", () => expect(Object.keys(python.types).sort()).toEqual(Object.keys(MIRRORS).sort()));

  it.each(Object.entries(MIRRORS))("%s has the same fields, field by field", (name, zodSchema) => {
    expect(zodShape(zodSchema)).toEqual(python.types[name]);
  });
});
