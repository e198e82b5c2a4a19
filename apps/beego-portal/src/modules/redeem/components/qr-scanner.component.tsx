import { createSignal, onCleanup, Show } from 'solid-js';
import { t } from '../../../portal';

interface DetectedCode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect: (source: HTMLVideoElement) => Promise<DetectedCode[]>;
}
type BarcodeDetectorConstructor = {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
};

/** Reads one camera frame: the text of a QR code in it, if any. */
type FrameReader = (video: HTMLVideoElement) => Promise<string | undefined>;

function barcodeDetector(): BarcodeDetectorConstructor | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** Whether this browser can use a camera: the QR code is read by the browser or by the portal. */
export function canScanQr(): boolean {
  return Boolean(navigator.mediaDevices?.getUserMedia);
}

/** The largest frame side the JavaScript decoder looks at: enough for a cheque held near the camera. */
const MAX_FRAME_SIDE = 800;

/**
 * The browser's own BarcodeDetector where it reads QR codes; elsewhere (every iPhone, Firefox) jsQR,
 * loaded only when a scan starts, so the portal's first load stays small.
 */
async function createFrameReader(): Promise<FrameReader> {
  const Detector = barcodeDetector();
  const formats = Detector ? await Detector.getSupportedFormats?.().catch(() => []) : [];
  if (Detector && (formats === undefined || formats.includes('qr_code'))) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue || undefined;
  }
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return undefined;
    const scale = Math.min(1, MAX_FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return (
      jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })?.data || undefined
    );
  };
}

/**
 * Reads a QR code with the phone's back camera. Where the camera is refused or missing, it says so
 * and the student types the code instead.
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
    if (!canScanQr() || !video) return;
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
    } catch {
      setProblem('denied');
      return;
    }
    if (stopped) {
      stop();
      return;
    }
    video.srcObject = stream;
    await video.play().catch(() => {});
    let read: FrameReader;
    try {
      read = await createFrameReader();
    } catch {
      // The decoder could not be loaded (offline before it was ever stored): typing still works.
      stop();
      setProblem('unsupported');
      return;
    }
    const scan = async () => {
      if (stopped || !video) return;
      try {
        const text = await read(video);
        if (text) {
          stop();
          props.onCode(text);
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
