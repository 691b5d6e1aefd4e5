// "Copy" for a read-only field: the clipboard when the browser allows it, otherwise the text is selected and the
// reader is told to press the copy keys. Used for assignment links and result codes alike.
import { h } from './dom.ts';

export function copyButton(label: string, text: string, field: HTMLInputElement | HTMLTextAreaElement, status: HTMLElement, done: string, blocked: string, className?: string): HTMLButtonElement {
  const button = h('button', { type: 'button', class: className }, label);
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = done;
    } catch {
      field.select();
      status.textContent = blocked;
    }
  });
  return button;
}
