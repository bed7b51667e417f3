"use client";

import { useState } from "react";
import { CodeEditor } from "@/app/_components/CodeEditor";
import { CodeRunner } from "@/app/_components/CodeRunner";

const STARTER = `import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.next = None

a = Node("a")
b = Node("b")
a.next = b
b.next = a  # a reference cycle: refcounts alone can never free these two

print(sys.getrefcount(a) - 1, "references to a")
`;

export function Playground() {
  const [source, setSource] = useState(STARTER);
  return (
    <>
      <div className="editor-area">
        <CodeEditor value={source} onChange={setSource} language="python" height="100%" ariaLabel="Playground code editor" />
      </div>
      <div className="runner-area">
        <CodeRunner source={source} fill />
      </div>
    </>
  );
}
