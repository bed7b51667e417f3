import type { Locator, Page } from "@playwright/test";
import { expect } from "@playwright/test";

/** Waits until the editor inside `container` has mounted (MonacoEditor sets data-editor-ready). */
export async function editorIn(container: Locator): Promise<Locator> {
  const editor = container.locator("[data-editor-ready='true']");
  // Monaco is a large bundle: on a busy machine it mounts well after the page.
  await expect(editor).toBeVisible({ timeout: 60_000 });
  return editor;
}

/** Replaces the editor's text the way a user does: click, select all, delete, type. */
export async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // insertText, not type(): Monaco auto-indents after a colon, which would double the indentation.
  await page.keyboard.insertText(text);
}

/** The text of the model behind `editor`, read from Monaco itself rather than from the rendered lines. */
export async function editorValue(editor: Locator): Promise<string> {
  return editor.evaluate((node) => {
    type MonacoGlobal = { editor: { getEditors(): { getContainerDomNode(): HTMLElement; getValue(): string }[] } };
    const monaco = (window as unknown as { monaco: MonacoGlobal }).monaco;
    const match = monaco.editor.getEditors().find((candidate) => candidate.getContainerDomNode() === node);
    if (!match) throw new Error("no Monaco editor is mounted on this element");
    return match.getValue();
  });
}

/**
 * Sets the text of the model behind `editor` through Monaco itself: for long programs whose quotes
 * and brackets Monaco's auto-closing would change if they were typed.
 */
export async function setEditorValue(editor: Locator, text: string): Promise<void> {
  await editor.evaluate((node, value) => {
    type MonacoGlobal = { editor: { getEditors(): { getContainerDomNode(): HTMLElement; setValue(value: string): void }[] } };
    const monaco = (window as unknown as { monaco: MonacoGlobal }).monaco;
    const match = monaco.editor.getEditors().find((candidate) => candidate.getContainerDomNode() === node);
    if (!match) throw new Error("no Monaco editor is mounted on this element");
    match.setValue(value);
  }, text);
}
