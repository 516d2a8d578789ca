// The names of the IPC channels and HTTP paths, in one place for both transports (and free of zod for the preload).
export const TRANSPORT = {
  invokeChannel: 'peidang:invoke',
  eventChannel: 'peidang:event',
  tokenHeader: 'x-peidang-token',
  invokePath: '/api/invoke/',
  eventsPath: '/api/events',
} as const;
