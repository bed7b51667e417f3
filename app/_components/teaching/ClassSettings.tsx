"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "./forms.module.css";
import { sendJson } from "./send-json";

export type SettingsExercise = { id: string; title: string; lesson: string };

type Props = {
  classId: string;
  name: string;
  archived: boolean;
  /** Exercise ids that count; null: all. */
  assignment: string[] | null;
  dueAt: string | null;
  exercises: SettingsExercise[];
};

/** A datetime-local input's value (local time, minutes) for an ISO instant, and back. */
const toLocalInput = (iso: string | null) => {
  if (!iso) return "";
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : null);

/** The class's teacher renames or archives it and sets what counts (the assignment) and when it is due. */
export function ClassSettings({ classId, name: currentName, archived, assignment, dueAt, exercises }: Props) {
  const router = useRouter();
  const [name, setName] = useState(currentName);
  const [all, setAll] = useState(assignment === null);
  const [chosen, setChosen] = useState(() => new Set(assignment ?? exercises.map((exercise) => exercise.id)));
  const [due, setDue] = useState(toLocalInput(dueAt));
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const save = async (body: object, done: string) => {
    setError(null);
    setStatus("Saving…");
    const sent = await sendJson("PATCH", `/api/classes/${classId}`, body);
    if (!sent.ok) {
      setStatus(null);
      return setError(sent.error);
    }
    setStatus(done);
    router.refresh();
  };

  const lessons = [...new Set(exercises.map((exercise) => exercise.lesson))];
  return (
    <details className={styles.section}>
      <summary>Class settings</summary>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void save({ name }, "Renamed.");
        }}
      >
        <label className={styles.field}>
          Name
          <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={100} />
        </label>
        <button type="submit">Rename</button>
      </form>

      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save({ assignment: all ? null : [...chosen], dueAt: fromLocalInput(due) }, "Assignment saved.");
        }}
      >
        <fieldset>
          <legend>Assignment: the exercises that count</legend>
          <label>
            <input type="checkbox" checked={all} onChange={(event) => setAll(event.target.checked)} /> Every exercise of the course (new ones included)
          </label>
          {!all && (
            <ul className={styles.choices}>
              {lessons.map((lesson) => (
                <li key={lesson}>
                  <h4>{lesson}</h4>
                  {exercises
                    .filter((exercise) => exercise.lesson === lesson)
                    .map((exercise) => (
                      <div key={exercise.id}>
                        <label>
                          <input
                            type="checkbox"
                            checked={chosen.has(exercise.id)}
                            onChange={(event) => {
                              const next = new Set(chosen);
                              if (event.target.checked) next.add(exercise.id);
                              else next.delete(exercise.id);
                              setChosen(next);
                            }}
                          />{" "}
                          {exercise.title}
                        </label>
                      </div>
                    ))}
                </li>
              ))}
            </ul>
          )}
          <div className={styles.form}>
            <label className={styles.field}>
              Due (optional)
              <input type="datetime-local" value={due} onChange={(event) => setDue(event.target.value)} />
            </label>
            <button type="submit">Save assignment</button>
          </div>
        </fieldset>
      </form>

      <div className={styles.form}>
        <button type="button" className={archived ? undefined : styles.danger} onClick={() => void save({ archived: !archived }, archived ? "Restored." : "Archived.")}>
          {archived ? "Restore class" : "Archive class"}
        </button>
        <span className={styles.muted}>{archived ? "Archived: nobody can join, and it is listed under past classes." : "Archiving closes the class to new students and keeps its records."}</span>
      </div>
      <p className={styles.status} role="status">
        {status}
      </p>
      <p className={styles.error} role="alert">
        {error}
      </p>
    </details>
  );
}
