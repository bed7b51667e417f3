// TEMPORARY until the zod trace schema lands (branch contract): replaced by traceSchema from ./schema.
import { z } from "zod";
import type { Trace } from "./schema";

export const traceSchema = z.custom<Trace>((value) => typeof value === "object" && value !== null);
