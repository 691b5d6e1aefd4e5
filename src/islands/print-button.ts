// Wires every [data-print] button to the browser's print dialog (no inline handlers: the site's CSP forbids them).
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => print());
}
