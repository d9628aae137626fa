// Reads a QR code the app drew: its image (a data: address) drawn alone on a blank page, so
// nothing of the app (a toast, a scrollbar) can cover it, then decoded by jsqr.
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR code at `src`, or null when it does not decode. */
export async function readQr(page, src) {
  const blank = await page.context().newPage();
  await blank.setContent(`<img id="qr" src="${src}" width="320" height="320">`);
  await blank.waitForFunction(() => document.getElementById('qr').complete);
  const png = PNG.sync.read(await blank.locator('#qr').screenshot());
  await blank.close();
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
