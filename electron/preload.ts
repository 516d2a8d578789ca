// Exposes the API client to the renderer through contextBridge: invoke and on, nothing else.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { TRANSPORT } from '../shared/transport';

contextBridge.exposeInMainWorld('peidang', {
  invoke: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke(TRANSPORT.invokeChannel, method, input),
  on: (event: string, cb: (payload: unknown) => void): (() => void) => {
    const listener = (_e: IpcRendererEvent, msg: { event: string; payload: unknown }) => {
      if (msg.event === event) cb(msg.payload);
    };
    ipcRenderer.on(TRANSPORT.eventChannel, listener);
    return () => ipcRenderer.removeListener(TRANSPORT.eventChannel, listener);
  },
});
