// The QR code library is loaded only when a link is made: most visits to the teacher page never need it, and
// evaluating it at load was most of the page's blocking time.
import qrcode from 'qrcode-generator';

const SVG = 'http://www.w3.org/2000/svg';

/** The QR code as SVG elements (built as DOM, never from a markup string). */
export function qrSvg(text: string, label: string): SVGSVGElement {
  // Level L keeps a ~500-character link at a size a projector shows clearly; a projected code is not damaged.
  const qr = qrcode(0, 'L');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const margin = 4;
  let d = '';
  for (let row = 0; row < n; row++) for (let col = 0; col < n; col++) if (qr.isDark(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n + 2 * margin} ${n + 2 * margin}`);
  svg.setAttribute('class', 'qr-code');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(path);
  return svg;
}

