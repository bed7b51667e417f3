import { z } from "zod";

/**
 * The two roles. Anyone may open a teacher account (a teacher sees only the classes they own, so the
 * role grants nothing over other people's work); the role is chosen at sign-up and never changes,
 * since a teacher's classes and a learner's enrollments would lose their meaning.
 */
export const ROLES = ["learner", "teacher"] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;
