import Link from "next/link";
import { listExercises } from "./_server/exercises";
import { listLessons } from "./_server/lessons";

export default function HomePage() {
  const lessons = listLessons();
  return (
    <main id="main" className="page">
      <h1>How Python really manages memory</h1>
      <p>
        Every example on Heapwise runs on real CPython, compiled to WebAssembly and running in your browser. Change the
        code, run it, and watch reference counts, the garbage collector and the heap do their work.
      </p>
      <h2>Lessons</h2>
      <ol className="lesson-list" aria-label="Lessons">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <Link href={`/lessons/${lesson.slug}`}>
              <span className="number">Lesson {lesson.order}</span>
              <h2>{lesson.title}</h2>
              <p>{lesson.summary}</p>
            </Link>
          </li>
        ))}
      </ol>
      <h2>Exercises</h2>
      <ul className="exercise-list" aria-label="Exercises">
        {listExercises().map((exercise) => (
          <li key={exercise.id}>
            <Link href={`/exercises/${exercise.id}`}>{exercise.title}</Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
