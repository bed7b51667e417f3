import { z } from "zod";
import type { Database } from "../database-client";
import { newJoinCode, normaliseJoinCode } from "./join-code";

/**
 * Classes: a teacher creates, renames and archives them and sets their assignment; learners join with
 * the code (or the link that carries it) and may leave; the teacher may remove a student. Who may do
 * each is decided before these run (app/_server/auth/access.ts); these only do it. Plain (not
 * server-only): Vitest runs them on real SQLite and PostgreSQL.
 */
const className = z.string().trim().min(1, "name is empty").max(100, "name is longer than 100 characters");
const exerciseId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "not an exercise id");

export const createClassRequest = z.strictObject({ name: className });

export const updateClassRequest = z
  .strictObject({
    name: className.optional(),
    archived: z.boolean().optional(),
    /** The exercises that count; null: all of them. */
    assignment: z.array(exerciseId).max(500).nullable().optional(),
    /** ISO 8601 date-time, or null for no due date. */
    dueAt: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, "nothing to change");

export const joinRequest = z.strictObject({ code: z.string().trim().min(1, "code is empty").max(40) });

export class UnknownExercises extends Error {}
export class JoinRefused extends Error {}

export type ClassSummary = {
  id: string;
  name: string;
  joinCode: string;
  archived: boolean;
  students: number;
  /** The exercise ids that count; null: all. */
  assignment: string[] | null;
  dueAt: string | null;
  createdAt: string;
};

type ClassRow = { id: string; name: string; joinCode: string; archivedAt: Date | null; assignment: string | null; dueAt: Date | null; createdAt: Date };

/** The assignment column, validated on read: a JSON list of exercise ids, or null for all. */
export function assignmentOf(row: { assignment: string | null }): string[] | null {
  if (row.assignment === null) return null;
  return z.array(z.string()).parse(JSON.parse(row.assignment));
}

function summary(row: ClassRow, students: number): ClassSummary {
  return {
    id: row.id,
    name: row.name,
    joinCode: row.joinCode,
    archived: row.archivedAt !== null,
    students,
    assignment: assignmentOf(row),
    dueAt: row.dueAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function createClass(database: Database, teacherId: string, input: z.infer<typeof createClassRequest>): Promise<ClassSummary> {
  // A collision among 31^8 codes is unlikely but not impossible: the unique index says so, and a new code is drawn.
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await database.class.create({ data: { name: input.name, teacherId, joinCode: newJoinCode() } });
      return summary(row, 0);
    } catch (error) {
      if (attempt >= 4 || !String(error).includes("Unique constraint")) throw error;
    }
  }
}

export async function updateClass(database: Database, classId: string, input: z.infer<typeof updateClassRequest>, knownExercises: ReadonlySet<string>): Promise<ClassSummary> {
  const unknown = (input.assignment ?? []).filter((id) => !knownExercises.has(id));
  if (unknown.length > 0) throw new UnknownExercises(`no exercise ${unknown.map((id) => `'${id}'`).join(", ")}`);
  const row = await database.class.update({
    where: { id: classId },
    data: {
      name: input.name,
      archivedAt: input.archived === undefined ? undefined : input.archived ? new Date() : null,
      assignment: input.assignment === undefined ? undefined : input.assignment === null ? null : JSON.stringify([...new Set(input.assignment)]),
      dueAt: input.dueAt === undefined ? undefined : input.dueAt === null ? null : new Date(input.dueAt),
    },
    include: { _count: { select: { enrollments: true } } },
  });
  return summary(row, row._count.enrollments);
}

/** The teacher's classes, current ones first, newest first. */
export async function classesTaughtBy(database: Database, teacherId: string): Promise<ClassSummary[]> {
  const rows = await database.class.findMany({
    where: { teacherId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    include: { _count: { select: { enrollments: true } } },
  });
  return rows.map((row) => summary(row, row._count.enrollments)).sort((a, b) => Number(a.archived) - Number(b.archived));
}

export type JoinedClass = { id: string; name: string; teacher: string; dueAt: string | null; archived: boolean; joinedAt: string };

export async function classesJoinedBy(database: Database, userId: string): Promise<JoinedClass[]> {
  const rows = await database.enrollment.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    include: { class: { include: { teacher: { select: { name: true } } } } },
  });
  return rows.map(({ class: joined, createdAt }) => ({
    id: joined.id,
    name: joined.name,
    teacher: joined.teacher.name,
    dueAt: joined.dueAt?.toISOString() ?? null,
    archived: joined.archivedAt !== null,
    joinedAt: createdAt.toISOString(),
  }));
}

/** The class a code opens, if it is open (an archived class takes no one). */
export async function classForCode(database: Database, code: string) {
  const found = await database.class.findUnique({ where: { joinCode: normaliseJoinCode(code) }, include: { teacher: { select: { name: true } } } });
  return found && found.archivedAt === null ? found : null;
}

/** Enrolls the learner in the class the code opens; joining twice is one enrollment. */
export async function joinClass(database: Database, userId: string, code: string): Promise<{ classId: string; name: string }> {
  const found = await classForCode(database, code);
  if (!found) throw new JoinRefused("no open class has this code: check it with your teacher");
  await database.enrollment.upsert({ where: { classId_userId: { classId: found.id, userId } }, create: { classId: found.id, userId }, update: {} });
  return { classId: found.id, name: found.name };
}

export async function leaveClass(database: Database, classId: string, userId: string): Promise<void> {
  await database.enrollment.deleteMany({ where: { classId, userId } });
}

export async function removeStudent(database: Database, classId: string, studentId: string): Promise<void> {
  await database.enrollment.deleteMany({ where: { classId, userId: studentId } });
}
