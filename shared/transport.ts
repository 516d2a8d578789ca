// The names of the IPC channels and HTTP paths, in one place for both transports (and free of zod for the preload).
export const TRANSPORT = {
  invokeChannel: 'peidang:invoke',
  eventChannel: 'peidang:event',
  tokenHeader: 'x-peidang-token',
  invokePath: '/api/invoke/',
  eventsPath: '/api/events',
  /**
   * The page's function the desktop shell calls (webContents.executeJavaScript) before its window closes: it commits
   * the edit in progress and answers how many writes are still on their way to the host.
   */
  beforeCloseGlobal: 'peidangBeforeClose',
} as const;
