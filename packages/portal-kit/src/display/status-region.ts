import { createSignal } from 'solid-js';

export interface StatusMessage {
  id: number;
  text: string;
  tone: 'success' | 'info' | 'error';
}

export interface StatusRegion {
  message: () => StatusMessage | undefined;
  announce: (text: string, tone?: StatusMessage['tone']) => void;
  dismiss: () => void;
}

/** The portal's one status message, read out by screen readers and shown as a toast. */
export function createStatusRegion({ visibleMs = 8000 }: { visibleMs?: number } = {}): StatusRegion {
  const [message, setMessage] = createSignal<StatusMessage>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let nextId = 1;

  const dismiss = () => {
    clearTimeout(timer);
    setMessage(undefined);
  };

  const announce = (text: string, tone: StatusMessage['tone'] = 'success') => {
    clearTimeout(timer);
    setMessage({ id: nextId++, text, tone });
    timer = setTimeout(() => setMessage(undefined), visibleMs);
  };

  return { message, announce, dismiss };
}
