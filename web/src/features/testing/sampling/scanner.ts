/**
 * The phone's camera as a barcode reader: the browser's own BarcodeDetector where it has one (Android
 * Chrome), otherwise ZXing in JavaScript (loaded only then). Typing stays possible whatever happens here.
 */
export interface Scanner {
  /** Stops reading and turns the camera off. */
  stop(): void;
}

export type ScannerFailure = 'denied' | 'noCamera' | 'unsupported' | 'failed';

export class ScannerError extends Error {
  constructor(readonly failure: ScannerFailure) {
    super(`camera scanner: ${failure}`);
    this.name = 'ScannerError';
  }
}

/** Tube labels are Code 128 or Code 39, some EAN-13; the personal code on a phone is a QR code. */
const FORMATS = ['code_128', 'code_39', 'qr_code', 'ean_13'];

// BarcodeDetector is not in TypeScript's DOM library yet.
type DetectedBarcode = { rawValue: string };
interface BarcodeDetectorInstance {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorInstance;
  getSupportedFormats(): Promise<string[]>;
}

function nativeDetector(): BarcodeDetectorClass | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
}

/** The formats the native detector reads of those we need, or none (then ZXing reads). */
async function nativeFormats(): Promise<string[]> {
  const Detector = nativeDetector();
  if (!Detector) return [];
  try {
    const supported = await Detector.getSupportedFormats();
    return FORMATS.filter((format) => supported.includes(format));
  } catch {
    return [];
  }
}

/** Loads ZXing ahead of need, so it is in the offline cache before the network goes. */
export async function preloadScanner(): Promise<void> {
  if ((await nativeFormats()).length > 0) return;
  await import('@zxing/browser').catch(() => undefined);
}

function failureOf(error: unknown): ScannerFailure {
  if (error instanceof ScannerError) return error.failure;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'noCamera';
  return 'failed';
}

const CAMERA: MediaStreamConstraints = {
  audio: false,
  video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
};

async function startNative(
  video: HTMLVideoElement,
  formats: string[],
  onCode: (text: string) => void,
): Promise<Scanner> {
  const Detector = nativeDetector();
  if (!Detector) throw new ScannerError('unsupported');
  const detector = new Detector({ formats });
  const stream = await navigator.mediaDevices.getUserMedia(CAMERA);
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    stream.getTracks().forEach((track) => track.stop());
    video.srcObject = null;
  };
  try {
    video.srcObject = stream;
    video.muted = true;
    video.playsInline = true;
    await video.play();
  } catch (error) {
    stop();
    throw error;
  }
  const look = async () => {
    if (stopped) return;
    try {
      const found = (await detector.detect(video)).find((code) => code.rawValue.trim() !== '');
      if (found && !stopped) onCode(found.rawValue.trim());
    } catch {
      // A frame that could not be read (not ready yet): the next one may be.
    }
    if (!stopped) timer = setTimeout(() => void look(), 150);
  };
  void look();
  return { stop };
}

async function startZxing(video: HTMLVideoElement, onCode: (text: string) => void): Promise<Scanner> {
  const { BrowserMultiFormatReader } = await import('@zxing/browser');
  const reader = new BrowserMultiFormatReader(undefined, { delayBetweenScanAttempts: 150 });
  let stopped = false;
  const controls = await reader.decodeFromConstraints(CAMERA, video, (result) => {
    const text = result?.getText().trim();
    if (text && !stopped) onCode(text);
  });
  return {
    stop: () => {
      stopped = true;
      controls.stop();
    },
  };
}

/**
 * Turns the camera on into `video` and calls `onCode` with each code read (the caller stops the
 * scanner once it has what it wants). Fails with a ScannerError saying why: refused permission, no
 * camera, or a browser that cannot (camera access needs https, or localhost).
 */
export async function startScanner(video: HTMLVideoElement, onCode: (text: string) => void): Promise<Scanner> {
  if (typeof navigator.mediaDevices?.getUserMedia !== 'function') throw new ScannerError('unsupported');
  try {
    const formats = await nativeFormats();
    return formats.length > 0 ? await startNative(video, formats, onCode) : await startZxing(video, onCode);
  } catch (error) {
    throw new ScannerError(failureOf(error));
  }
}
