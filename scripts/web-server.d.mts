import type { Server } from 'node:http';

/** The window's Content-Security-Policy, as the web server sends it. */
export declare const CSP: string;

/** A static server for the built renderer (see web-server.mjs). */
export declare function createWebServer(options: {
  root: string;
  benchRoot?: string | null;
  port: number;
}): Server;
