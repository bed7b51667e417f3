/** A predict block's question as written in the lesson, with `backticked` parts shown as code. */
export function QuestionText({ question }: { question: string }) {
  return question.split("`").map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}
