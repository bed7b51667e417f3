import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { anonymous, createClass, join, type Person, signUp } from "./people";
import { expect, test } from "./offline-test";

/**
 * Who may reach what, from one table: every route handler (each method it exports) and every page,
 * asked by five people — nobody, a learner of the class, a learner of another class, the class's
 * teacher and another teacher — against the expected status (or the redirect to sign-in). A route or
 * page file missing from the table fails the first test, so a new one cannot go unchecked.
 *
 * Conventions (app/_server/auth/access.ts): an API answers 401 to nobody, 403 to the wrong role, 404
 * for what is not theirs (as for what does not exist); a page sends nobody to sign-in and shows 404
 * for what is not theirs. A learner's own work (drafts, submissions, predictions, lesson progress) is
 * open to anyone, a visitor becoming a guest: each only ever sees their own.
 */
type Who = "nobody" | "learner" | "otherLearner" | "teacher" | "otherTeacher";
const PEOPLE: Who[] = ["nobody", "learner", "otherLearner", "teacher", "otherTeacher"];
/** A status, the redirect to sign-in (nobody where someone must be signed in), or another redirect. */
type Expected = number | "sign-in" | "redirect";
type Fixture = { classId: string; learnerId: string; removableId: string; exercise: string; lesson: string; predict: string; joinCode: string; submissionId: string };

type Row = {
  /** The file under app/ that serves it, and the method. */
  file: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: (f: Fixture) => string;
  body?: (f: Fixture) => unknown;
  expect: Record<Who, Expected>;
};

const all = (status: Expected): Record<Who, Expected> => ({ nobody: status, learner: status, otherLearner: status, teacher: status, otherTeacher: status });
const signedIn = (status: number): Record<Who, Expected> => ({ ...all(status), nobody: "sign-in" });
const teacherOnly = (ok: number): Record<Who, Expected> => ({ nobody: 401, learner: 403, otherLearner: 403, teacher: ok, otherTeacher: 404 });
const ownerPage: Record<Who, Expected> = { nobody: "sign-in", learner: 404, otherLearner: 404, teacher: 200, otherTeacher: 404 };

// Rows that change something run in table order, each person in PEOPLE order: the ones that remove
// or leave come last, each on its own fixture (removableId), so that earlier rows see the class whole.
const TABLE: Row[] = [
  // Public pages.
  { file: "page.tsx", method: "GET", url: () => "/", expect: all(200) },
  { file: "lessons/[slug]/page.tsx", method: "GET", url: (f) => `/lessons/${f.lesson}`, expect: all(200) },
  { file: "exercises/[id]/page.tsx", method: "GET", url: (f) => `/exercises/${f.exercise}`, expect: all(200) },
  { file: "playground/page.tsx", method: "GET", url: () => "/playground", expect: all(200) },
  { file: "visualize/page.tsx", method: "GET", url: () => "/visualize?python=3.12", expect: all(200) },
  // Someone already signed in is sent on (to their progress or classes).
  { file: "sign-in/page.tsx", method: "GET", url: () => "/sign-in", expect: { ...all("redirect"), nobody: 200 } },
  { file: "sign-up/page.tsx", method: "GET", url: () => "/sign-up", expect: { ...all("redirect"), nobody: 200 } },
  { file: "engine-assets/[python]/[build]/[file]/route.ts", method: "GET", url: () => "/engine-assets/3.14/none/none.js", expect: all(404) },
  // Pages with someone's data.
  { file: "account/page.tsx", method: "GET", url: () => "/account", expect: signedIn(200) },
  { file: "progress/page.tsx", method: "GET", url: () => "/progress", expect: signedIn(200) },
  { file: "classes/page.tsx", method: "GET", url: () => "/classes", expect: signedIn(200) },
  { file: "classes/[id]/page.tsx", method: "GET", url: (f) => `/classes/${f.classId}`, expect: { nobody: "sign-in", learner: 200, otherLearner: 404, teacher: 200, otherTeacher: 404 } },
  { file: "classes/[id]/students/[studentId]/exercises/[exerciseId]/page.tsx", method: "GET", url: (f) => `/classes/${f.classId}/students/${f.learnerId}/exercises/${f.exercise}`, expect: ownerPage },
  { file: "join/[code]/page.tsx", method: "GET", url: (f) => `/join/${f.joinCode}`, expect: signedIn(200) },
  // Better Auth's endpoints: the session says who you are (null for nobody).
  { file: "api/auth/[...all]/route.ts", method: "GET", url: () => "/api/auth/get-session", expect: all(200) },
  { file: "api/auth/[...all]/route.ts", method: "POST", url: () => "/api/auth/sign-in/email", body: () => ({ email: "no-one@example.com", password: "wrong password" }), expect: all(401) },
  // A learner's own work: open to all, each reading and writing only their own.
  { file: "api/exercises/[id]/draft/route.ts", method: "GET", url: (f) => `/api/exercises/${f.exercise}/draft`, expect: all(200) },
  { file: "api/exercises/[id]/draft/route.ts", method: "PUT", url: (f) => `/api/exercises/${f.exercise}/draft`, body: () => ({ code: "x = 1\n" }), expect: all(200) },
  { file: "api/exercises/[id]/draft/route.ts", method: "DELETE", url: (f) => `/api/exercises/${f.exercise}/draft`, expect: all(204) },
  { file: "api/exercises/[id]/submissions/route.ts", method: "GET", url: (f) => `/api/exercises/${f.exercise}/submissions`, expect: all(200) },
  { file: "api/exercises/[id]/submissions/route.ts", method: "POST", url: (f) => `/api/exercises/${f.exercise}/submissions`, body: () => ({ code: "print('hi')\n" }), expect: all(202) },
  // A submission followed to its verdict: its learner's alone (404 to anyone else, as for no such id).
  { file: "api/submissions/[id]/route.ts", method: "GET", url: (f) => `/api/submissions/${f.submissionId}`, expect: { ...all(404), learner: 200 } },
  { file: "api/predictions/[id]/route.ts", method: "GET", url: (f) => `/api/predictions/${f.predict}`, expect: all(200) },
  {
    file: "api/predictions/[id]/route.ts",
    method: "POST",
    url: (f) => `/api/predictions/${f.predict}`,
    body: (f) => ({ lesson: f.lesson, version: "3.14", predicted: "True", actual: "False" }),
    expect: all(201),
  },
  { file: "api/lessons/[slug]/progress/route.ts", method: "GET", url: (f) => `/api/lessons/${f.lesson}/progress`, expect: all(200) },
  { file: "api/lessons/[slug]/progress/route.ts", method: "PUT", url: (f) => `/api/lessons/${f.lesson}/progress`, body: () => ({ done: true }), expect: all(200) },
  // Classes.
  { file: "api/classes/route.ts", method: "POST", url: () => "/api/classes", body: () => ({ name: "Another class" }), expect: { nobody: 401, learner: 403, otherLearner: 403, teacher: 201, otherTeacher: 201 } },
  { file: "api/classes/[id]/route.ts", method: "PATCH", url: (f) => `/api/classes/${f.classId}`, body: () => ({ name: "Memory 101" }), expect: teacherOnly(200) },
  { file: "api/classes/[id]/export/route.ts", method: "GET", url: (f) => `/api/classes/${f.classId}/export`, expect: teacherOnly(200) },
  { file: "api/classes/join/route.ts", method: "POST", url: () => "/api/classes/join", body: (f) => ({ code: f.joinCode }), expect: { nobody: 401, learner: 200, otherLearner: 200, teacher: 403, otherTeacher: 403 } },
  {
    file: "api/classes/[id]/students/[studentId]/route.ts",
    method: "DELETE",
    url: (f) => `/api/classes/${f.classId}/students/${f.removableId}`,
    // After the teacher removed the student, nobody else finds them (404 for the other teacher either way).
    expect: { nobody: 401, learner: 403, otherLearner: 403, teacher: 204, otherTeacher: 404 },
  },
  // Last: the learner leaves (the other learner joined this class in the join row above, so leaves too).
  { file: "api/classes/[id]/enrollment/route.ts", method: "DELETE", url: (f) => `/api/classes/${f.classId}/enrollment`, expect: { nobody: 401, learner: 204, otherLearner: 204, teacher: 403, otherTeacher: 403 } },
];

/** Every route handler's methods and every page under app/, as the table names them. */
function servedFiles(): { file: string; method: string }[] {
  const root = path.join(process.cwd(), "app");
  const found: { file: string; method: string }[] = [];
  for (const entry of fs.readdirSync(root, { recursive: true, encoding: "utf8" })) {
    const file = entry.split(path.sep).join("/");
    if (file.startsWith("_") || file.includes("/_")) continue;
    if (/(^|\/)page\.tsx$/.test(file)) found.push({ file, method: "GET" });
    if (/(^|\/)route\.ts$/.test(file)) {
      const source = fs.readFileSync(path.join(root, entry), "utf8");
      for (const [, method] of source.matchAll(/export (?:async function|const) (GET|POST|PUT|PATCH|DELETE)\b/g)) found.push({ file, method: method ?? "" });
    }
  }
  return found;
}

test.describe.configure({ mode: "serial", timeout: 300_000 });

test("every route handler and page is in the table, and there are no server actions to forget", () => {
  const listed = new Set(TABLE.map((row) => `${row.method} ${row.file}`));
  const missing = servedFiles().filter(({ file, method }) => !listed.has(`${method} ${file}`));
  expect(missing, "routes or pages not in the authorisation table").toEqual([]);
  // Mutations go through route handlers (validated, authorised, in this table); a "use server" file would be an unlisted entry point.
  const actions = fs
    .readdirSync(path.join(process.cwd(), "app"), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file) && !file.includes("generated"))
    .filter((file) => /^\s*["']use server["']/m.test(fs.readFileSync(path.join(process.cwd(), "app", file), "utf8")));
  expect(actions).toEqual([]);
});

test("each person gets the expected answer from every route and page", async ({ baseURL }) => {
  const base = baseURL ?? "";
  const teacher = await signUp(base, "teacher", "Grace Teacher");
  const otherTeacher = await signUp(base, "teacher", "Other Teacher");
  const learner = await signUp(base, "learner", "Ada Learner");
  const otherLearner = await signUp(base, "learner", "Other Learner");
  const removable = await signUp(base, "learner", "Removable Learner");
  const klass = await createClass(teacher, "Memory 101");
  const otherClass = await createClass(otherTeacher, "Elsewhere");
  await join(learner, klass.joinCode);
  await join(removable, klass.joinCode);
  await join(otherLearner, otherClass.joinCode);

  const people: Record<Who, APIRequestContext | Person> = { nobody: await anonymous(base), learner, otherLearner, teacher, otherTeacher };
  // The learner's submission to another exercise than the table's, so each still lists one below.
  const submitted = await learner.api.post("/api/exercises/collect-the-cycle/submissions", { data: { code: "print('mine')\n" }, headers: { origin: base } });
  expect(submitted.status()).toBe(202);
  const { id: submissionId } = (await submitted.json()) as { id: string };
  const fixture: Fixture = {
    classId: klass.id,
    learnerId: learner.id,
    removableId: removable.id,
    exercise: "count-the-references",
    lesson: "everything-is-an-object",
    predict: "slice-copy-identity",
    joinCode: klass.joinCode,
    submissionId,
  };

  const wrong: string[] = [];
  for (const row of TABLE) {
    for (const who of PEOPLE) {
      const person = people[who];
      const api = "api" in person ? person.api : person;
      const url = row.url(fixture);
      const response = await api.fetch(url, {
        method: row.method,
        data: row.body?.(fixture),
        maxRedirects: 0,
        // What a browser sends from this site's own page.
        headers: row.method === "GET" ? {} : { origin: base },
      });
      const location = response.headers().location ?? "";
      const redirected = [302, 303, 307].includes(response.status());
      const got: Expected = redirected ? (location.includes("/sign-in?next=") ? "sign-in" : "redirect") : response.status();
      if (got !== row.expect[who]) wrong.push(`${row.method} ${url} as ${who}: expected ${row.expect[who]}, got ${got}`);
    }
  }
  expect(wrong).toEqual([]);

  // Each sees only their own: every person submitted once above, and each lists one submission.
  for (const who of PEOPLE) {
    const person = people[who];
    const api = "api" in person ? person.api : person;
    const mine = await (await api.get(`/api/exercises/${fixture.exercise}/submissions`)).json();
    expect(mine, `${who}'s submissions`).toHaveLength(1);
  }
  // The teacher's export names the class's student, not the other class's (the learner left in the
  // table's last row, and comes back).
  await join(learner, klass.joinCode);
  const csv = await (await teacher.api.get(`/api/classes/${klass.id}/export`)).text();
  expect(csv).toContain(learner.email);
  expect(csv).not.toContain(otherLearner.email);
});
