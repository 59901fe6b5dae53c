/**
 * Copies a snippet's text, for the outcome pages' script and the wizard alike. The Clipboard API can
 * be refused (permissions, insecure origin): then the text is selected for Ctrl+C and the message says so.
 * Returns the sentence to announce.
 */
export async function copySnippet(field: HTMLElement, label: string): Promise<string> {
  const text = field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field.value : (field.textContent ?? '');
  try {
    await navigator.clipboard.writeText(text);
    return `${label} copied to the clipboard.`;
  } catch {
    field.focus();
    if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) field.select();
    else window.getSelection()?.selectAllChildren(field);
    return `Copying is blocked here: ${label.toLowerCase()} is selected, press Ctrl+C (or \u2318C) to copy it.`;
  }
}
