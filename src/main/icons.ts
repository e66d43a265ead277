/**
 * Native images for the tray and window from the PNGs in resources/. The files reach out/main
 * with hashed names (electron-vite `?asset`), so the macOS @2x variant cannot be found by name;
 * both scales are added as representations instead, and the template flag set by hand.
 */
import { nativeImage, type NativeImage } from 'electron';
import { readFileSync } from 'node:fs';

/** Paths of the icon files, resolved by the build. */
export type IconPaths = {
  app: string;
  tray16: string;
  tray32: string;
  trayTemplate16: string;
  trayTemplate32: string;
};

/** The tray icon for a platform: a monochrome template on macOS, the brand colour elsewhere. */
export function trayIcon(paths: IconPaths, platform: NodeJS.Platform): NativeImage {
  const mac = platform === 'darwin';
  const image = nativeImage.createEmpty();
  image.addRepresentation({
    scaleFactor: 1,
    buffer: readFileSync(mac ? paths.trayTemplate16 : paths.tray16),
  });
  image.addRepresentation({
    scaleFactor: 2,
    buffer: readFileSync(mac ? paths.trayTemplate32 : paths.tray32),
  });
  // A template image follows the menu bar's light or dark appearance.
  if (mac) image.setTemplateImage(true);
  return image;
}
