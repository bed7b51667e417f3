import { describe, expect, it } from "vitest";
import { classesJoinedBy, classesTaughtBy, createClass, joinClass, JoinRefused, leaveClass, removeStudent, UnknownExercises, updateClass, updateClassRequest } from "@/app/_server/classes/classes";
import { JOIN_CODE_LENGTH, normaliseJoinCode } from "@/app/_server/classes/join-code";
import { setLessonDone } from "@/app/_server/learner-work/lesson-progress";
import { describeOnEachDatabase } from "../support/each-database";

/** Classes and lesson progress on real databases migrated by the committed migrations: SQLite and PostgreSQL alike. */
const KNOWN = new Set(["count-the-references", "break-the-cycle"]);

describeOnEachDatabase("classes and lesson progress", (db) => {
  const person = (name: string, role = "learner") => db.client.user.create({ data: { email: `${name}-${Math.random()}@example.com`, name, role } });

  describe("classes", () => {
    it("opens with a readable join code that a learner may type in any case, with dashes", async () => {
      const teacher = await person("Grace", "teacher");
      const made = await createClass(db.client, teacher.id, { name: "Memory 101" });
      expect(made.joinCode).toMatch(new RegExp(`^[A-HJ-NP-Z2-9]{${JOIN_CODE_LENGTH}}$`));
      expect(normaliseJoinCode(` ${made.joinCode.slice(0, 4).toLowerCase()}-${made.joinCode.slice(4)} `)).toBe(made.joinCode);

      const learner = await person("Ada");
      const joined = await joinClass(db.client, learner.id, made.joinCode.toLowerCase());
      expect(joined.classId).toBe(made.id);
      // Joining twice is one enrollment.
      await joinClass(db.client, learner.id, made.joinCode);
      expect(await db.client.enrollment.count({ where: { classId: made.id } })).toBe(1);
      expect((await classesJoinedBy(db.client, learner.id)).map((c) => c.name)).toEqual(["Memory 101"]);
      expect((await classesTaughtBy(db.client, teacher.id))[0]).toMatchObject({ name: "Memory 101", students: 1, assignment: null });
    });

    it("sets an assignment of known exercises and a due date, and refuses unknown ones", async () => {
      const teacher = await person("Barbara", "teacher");
      const made = await createClass(db.client, teacher.id, { name: "Assigned" });
      const body = updateClassRequest.parse({ assignment: ["break-the-cycle", "break-the-cycle"], dueAt: "2027-01-15T17:00:00Z" });
      const updated = await updateClass(db.client, made.id, body, KNOWN);
      expect(updated.assignment).toEqual(["break-the-cycle"]);
      expect(updated.dueAt).toBe("2027-01-15T17:00:00.000Z");
      await expect(updateClass(db.client, made.id, updateClassRequest.parse({ assignment: ["no-such-exercise"] }), KNOWN)).rejects.toBeInstanceOf(UnknownExercises);
      expect((await updateClass(db.client, made.id, updateClassRequest.parse({ assignment: null }), KNOWN)).assignment).toBeNull();
      expect(updateClassRequest.safeParse({}).success).toBe(false);
      expect(updateClassRequest.safeParse({ name: "" }).success).toBe(false);
      expect(updateClassRequest.safeParse({ dueAt: "next tuesday" }).success).toBe(false);
      expect(updateClassRequest.safeParse({ teacherId: "someone" }).success).toBe(false);
    });

    it("closes an archived class to new students, and lets students leave or be removed", async () => {
      const teacher = await person("Margaret", "teacher");
      const made = await createClass(db.client, teacher.id, { name: "Closing" });
      const [a, b] = [await person("A"), await person("B")];
      await joinClass(db.client, a.id, made.joinCode);
      await joinClass(db.client, b.id, made.joinCode);
      await updateClass(db.client, made.id, { archived: true }, KNOWN);
      await expect(joinClass(db.client, (await person("Late")).id, made.joinCode)).rejects.toBeInstanceOf(JoinRefused);
      expect((await classesTaughtBy(db.client, teacher.id))[0]?.archived).toBe(true);

      await leaveClass(db.client, made.id, a.id);
      await removeStudent(db.client, made.id, b.id);
      expect(await db.client.enrollment.count({ where: { classId: made.id } })).toBe(0);
    });
  });

  describe("lesson progress", () => {
    it("keeps the first completion when marked done twice, and forgets it when undone", async () => {
      const learner = await person("Reader");
      const first = await setLessonDone(db.client, learner.id, "reference-counting", true);
      expect(first.done).toBe(true);
      const again = await setLessonDone(db.client, learner.id, "reference-counting", true);
      expect(again.completedAt).toBe(first.completedAt);
      expect((await setLessonDone(db.client, learner.id, "reference-counting", false)).done).toBe(false);
      expect((await setLessonDone(db.client, learner.id, "reference-counting", true)).done).toBe(true);
    });
  });
});
