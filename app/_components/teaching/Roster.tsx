"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "./forms.module.css";
import { sendJson } from "./send-json";

type Student = { id: string; name: string; email: string };

/** The class's students, each of whom the teacher may remove (their work stays theirs). */
export function Roster({ classId, students }: { classId: string; students: Student[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <details className={styles.section}>
      <summary>Students ({students.length})</summary>
      {students.length === 0 ? (
        <p className={styles.muted}>Nobody has joined yet.</p>
      ) : (
        <ul className={styles.list}>
          {students.map((student) => (
            <li key={student.id}>
              <span>
                {student.name} <span className={styles.muted}>{student.email}</span>
              </span>
              <button
                type="button"
                className={styles.danger}
                aria-label={`Remove ${student.name} from the class`}
                onClick={async () => {
                  if (!window.confirm(`Remove ${student.name} from the class? Their work stays theirs.`)) return;
                  const sent = await sendJson("DELETE", `/api/classes/${classId}/students/${student.id}`);
                  if (!sent.ok) return setError(sent.error);
                  router.refresh();
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.error} role="alert">
        {error}
      </p>
    </details>
  );
}
