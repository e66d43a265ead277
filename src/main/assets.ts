/**
 * Icon files bundled by electron-vite into out/main (so packaging needs only out/**). Imported
 * by index.ts alone: unit tests pass their own paths.
 */
import app from '../../resources/icon.png?asset';
import tray16 from '../../resources/tray.png?asset';
import tray32 from '../../resources/tray@2x.png?asset';
import trayTemplate16 from '../../resources/trayTemplate.png?asset';
import trayTemplate32 from '../../resources/trayTemplate@2x.png?asset';
import type { IconPaths } from './icons';

/** The icon paths of this build. */
export const iconPaths: IconPaths = { app, tray16, tray32, trayTemplate16, trayTemplate32 };
