import type { Frame, ObjectId } from "@/engine/trace/schema";
import type { Heap } from "@/engine/trace/trace-reader";
import styles from "./FrameStack.module.css";

type Props = { frames: readonly Frame[]; globals: Readonly<Record<string, ObjectId>>; heap: Heap };

function Names({ names, heap, caption }: { names: Readonly<Record<string, ObjectId>>; heap: Heap; caption: string }) {
  const entries = Object.entries(names);
  if (entries.length === 0) return <p className={styles.empty}>{caption}: no names yet</p>;
  return (
    <table className={styles.names}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
          <th scope="col">Refcount</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([name, id]) => {
          const object = heap.get(id);
          return (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>
                {object ? (
                  <>
                    <span className={styles.type}>{object.type}</span> <code className={styles.repr}>{object.repr}</code>
                  </>
                ) : (
                  <span className={styles.unknown}>not recorded (the step’s object budget ran out)</span>
                )}
              </td>
              <td className={styles.count}>{object ? (object.immortal ? "immortal" : object.refcount) : "–"}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * The call stack at this step, outermost first as a traceback lists it: the module's globals, then
 * each function's locals with the object each name points at and its refcount.
 */
export function FrameStack({ frames, globals, heap }: Props) {
  const calls = frames.filter((frame) => frame.function !== "<module>" || Object.keys(frame.locals).length > 0);
  return (
    <ol className={styles.stack} aria-label="Frames, outermost first">
      <li className={styles.frame}>
        <h3 className={styles.title}>Global frame</h3>
        <Names names={globals} heap={heap} caption="Global names" />
      </li>
      {calls.map((frame, depth) => (
        <li key={depth} className={`${styles.frame} ${depth === calls.length - 1 ? styles.current : ""}`}>
          <h3 className={styles.title}>
            <code>{frame.function}</code> <span className={styles.where}>line {frame.line}</span>
          </h3>
          <Names names={frame.locals} heap={heap} caption={`Locals of ${frame.function}`} />
        </li>
      ))}
    </ol>
  );
}
