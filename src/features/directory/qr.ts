/**
 * QR codes as inline SVG, made at build time with the `qrcode` package, for
 * the printable guide. Black on white whatever the colour scheme: scanners
 * need the contrast.
 */
import QRCode from 'qrcode';

/** An accessible inline SVG QR code for `url`. */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const safe = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${safe}" class="qr" `);
}
