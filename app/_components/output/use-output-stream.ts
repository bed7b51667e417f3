"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { OutputBuffer, type Stream } from "./output-buffer";

/**
 * A run's output as the page shows it. Text goes into an OutputBuffer at once; React hears about it at
 * most once per animation frame, so a program printing as fast as it can costs one render a frame and
 * the Stop button stays responsive.
 */
export function useOutputStream() {
  // The buffer is rendered from state and written through the ref, which always holds the same buffer
  // (reset replaces both), so writes never wait for a render.
  const [buffer, setBuffer] = useState(() => new OutputBuffer());
  const writing = useRef(buffer);
  const frame = useRef<number | null>(null);
  const [version, setVersion] = useState(0);

  const append = useCallback((stream: Stream, text: string) => {
    writing.current.append(stream, text);
    frame.current ??= requestAnimationFrame(() => {
      frame.current = null;
      setVersion((previous) => previous + 1);
    });
  }, []);

  const reset = useCallback(() => {
    const fresh = new OutputBuffer();
    writing.current = fresh;
    setBuffer(fresh);
  }, []);

  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  return { buffer, version, append, reset };
}
