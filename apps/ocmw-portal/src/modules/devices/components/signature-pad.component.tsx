import { onMount } from 'solid-js';
import { t } from '../../../portal';

/**
 * A signature drawn with a finger, pen or mouse on a canvas (pointer events). It reports the drawing
 * as a PNG data URL after each stroke, or undefined once cleared. Someone who cannot draw here signs
 * on paper instead: that choice is the keyboard alternative, offered beside the pad.
 */
export function SignaturePad(props: { label: string; onChange: (png: string | undefined) => void }) {
  let canvas: HTMLCanvasElement | undefined;
  let drawing = false;
  let drawn = false;

  const context = () => canvas?.getContext('2d') ?? null;

  const point = (event: PointerEvent) => {
    const box = canvas!.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) * canvas!.width) / box.width,
      y: ((event.clientY - box.top) * canvas!.height) / box.height,
    };
  };

  const clear = () => {
    const ctx = context();
    if (!ctx || !canvas) return;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    drawn = false;
    props.onChange(undefined);
  };

  onMount(clear);

  return (
    <div class="signature">
      <canvas
        ref={canvas}
        class="signature__pad"
        width="600"
        height="200"
        role="img"
        aria-label={props.label}
        onPointerDown={(event) => {
          const ctx = context();
          if (!ctx) return;
          drawing = true;
          canvas!.setPointerCapture(event.pointerId);
          const { x, y } = point(event);
          ctx.strokeStyle = '#1b1f24';
          ctx.lineWidth = 3;
          ctx.lineCap = 'round';
          ctx.lineJoin = 'round';
          ctx.beginPath();
          ctx.moveTo(x, y);
        }}
        onPointerMove={(event) => {
          const ctx = context();
          if (!drawing || !ctx) return;
          const { x, y } = point(event);
          ctx.lineTo(x, y);
          ctx.stroke();
          drawn = true;
        }}
        onPointerUp={() => {
          if (!drawing) return;
          drawing = false;
          if (drawn) props.onChange(canvas!.toDataURL('image/png'));
        }}
      />
      <button type="button" class="button button--secondary button--compact" onClick={clear}>
        {t('handout.clearSignature')}
      </button>
    </div>
  );
}
