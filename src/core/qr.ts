/**
 * QR codes as inline SVG, made at build time with the `qrcode` package, for
 * printed pages (the directory's guide, the SISM programme). Black on white
 * whatever the colour scheme: scanners need the contrast.
 */
import QRCode from 'qrcode';

/** An accessible inline SVG QR code for `url`; `margin` is the quiet zone, in modules. */
export async function qrSvg(url: string, label: string, margin = 1): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin, errorCorrectionLevel: 'M' });
  const safe = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.replace('<svg ', `<svg role="img" aria-label="${safe}" class="qr" `);
}
