import { createSignal, onCleanup, Show } from 'solid-js';
import { t } from '../../../portal';

interface DetectedCode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect: (source: HTMLVideoElement) => Promise<DetectedCode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorConstructor | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** Whether this browser can scan a QR code itself (no scanning library is shipped). */
export function canScanQr(): boolean {
  return Boolean(barcodeDetector() && navigator.mediaDevices?.getUserMedia);
}

/**
 * Reads a QR code with the phone's back camera through the browser's own BarcodeDetector. Where the
 * browser has none, or the camera is refused, it says so and the student types the code instead.
 */
export function QrScanner(props: { onCode: (text: string) => void; onClose: () => void }) {
  const [problem, setProblem] = createSignal<'unsupported' | 'denied' | undefined>(
    canScanQr() ? undefined : 'unsupported',
  );
  let video: HTMLVideoElement | undefined;
  let stream: MediaStream | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const stop = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
  };
  onCleanup(stop);

  const start = async () => {
    const Detector = barcodeDetector();
    if (!Detector || !video) return;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
    } catch {
      setProblem('denied');
      return;
    }
    video.srcObject = stream;
    await video.play().catch(() => {});
    const detector = new Detector({ formats: ['qr_code'] });
    const scan = async () => {
      if (stopped || !video) return;
      try {
        const [found] = await detector.detect(video);
        if (found?.rawValue) {
          stop();
          props.onCode(found.rawValue);
          return;
        }
      } catch {
        // A frame that could not be read yet; the next one may.
      }
      timer = setTimeout(scan, 250);
    };
    void scan();
  };

  return (
    <section class="scanner" aria-label={t('redeem.scan.title')}>
      <Show
        when={!problem()}
        fallback={
          <p class="notice" role="status">
            {problem() === 'denied' ? t('redeem.scan.denied') : t('redeem.scan.unsupported')}
          </p>
        }
      >
        <video
          class="scanner__video"
          ref={(element) => {
            video = element;
            void start();
          }}
          muted
          playsinline
          aria-label={t('redeem.scan.video')}
        />
        <p class="field__hint">{t('redeem.scan.hint')}</p>
      </Show>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => {
          stop();
          props.onClose();
        }}
      >
        {t('redeem.scan.close')}
      </button>
    </section>
  );
}
