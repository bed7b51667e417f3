import "server-only";
import type { Database } from "../database-client";
import { currentAccount, type Identity } from "./identity";

/**
 * Who may do what, in one place: every route handler and page that touches someone's data asks here.
 * A refusal is an AccessDenied carrying the status a route answers with:
 * - 401: nobody is signed in;
 * - 403: signed in, but the role cannot do this (a learner creating a class, a teacher joining one);
 * - 404: the thing is not theirs to see (another teacher's class, a student not in this class). It is
 *   the same answer as for a thing that does not exist, so that ids reveal nothing.
 * Pages turn 401 into a redirect to sign-in and the others into a 404 page (app/_server/http/page-access.ts).
 */
export class AccessDenied extends Error {
  constructor(
    readonly status: 401 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

export type Account = Extract<Identity, { kind: "account" }>;

export async function requireAccount(): Promise<Account> {
  const account = await currentAccount();
  if (!account) throw new AccessDenied(401, "sign in first");
  return account;
}

export async function requireTeacher(): Promise<Account> {
  const account = await requireAccount();
  if (account.role !== "teacher") throw new AccessDenied(403, "only a teacher account can do this");
  return account;
}

export async function requireLearnerAccount(): Promise<Account> {
  const account = await requireAccount();
  if (account.role !== "learner") throw new AccessDenied(403, "only a learner account can do this");
  return account;
}

const noSuchClass = (classId: string) => new AccessDenied(404, `no class '${classId}'`);

/** The class, if the signed-in teacher owns it. */
export async function requireOwnedClass(database: Database, classId: string) {
  const teacher = await requireTeacher();
  const owned = await database.class.findFirst({ where: { id: classId, teacherId: teacher.userId } });
  if (!owned) throw noSuchClass(classId);
  return { teacher, owned };
}

/** The class and the signed-in learner's enrollment in it. */
export async function requireEnrollment(database: Database, classId: string) {
  const learner = await requireLearnerAccount();
  const enrollment = await database.enrollment.findUnique({ where: { classId_userId: { classId, userId: learner.userId } }, include: { class: true } });
  if (!enrollment) throw noSuchClass(classId);
  return { learner, enrollment };
}

/** A student of a class the signed-in teacher owns. */
export async function requireStudentOfOwnedClass(database: Database, classId: string, studentId: string) {
  const { teacher, owned } = await requireOwnedClass(database, classId);
  const enrollment = await database.enrollment.findUnique({ where: { classId_userId: { classId, userId: studentId } }, include: { user: true } });
  if (!enrollment) throw new AccessDenied(404, `no student '${studentId}' in this class`);
  return { teacher, owned, student: enrollment.user };
}
