import { useEffect, useId, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import { Button } from '../../widgets/Button';
import { FIELD_STRINGS as S } from './strings';

/** A drawn signature (signature_pad on a canvas), kept as a PNG data URL. */
export function SignatureField({
  label,
  value,
  onChange,
  isDisabled,
}: {
  readonly label: string;
  readonly value: string | null;
  readonly onChange: (png: string | null) => void;
  readonly isDisabled?: boolean;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);
  const [initial] = useState(value);
  const labelId = useId();
  const changeRef = useRef(onChange);
  changeRef.current = onChange;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return undefined;
    const pad = new SignaturePad(canvas, { penColor: '#10204a', backgroundColor: 'rgb(255,255,255)' });
    padRef.current = pad;
    if (initial !== null) void pad.fromDataURL(initial, { width: canvas.width, height: canvas.height });
    const onEnd = () => {
      changeRef.current(pad.isEmpty() ? null : pad.toDataURL('image/png'));
    };
    pad.addEventListener('endStroke', onEnd);
    return () => {
      pad.removeEventListener('endStroke', onEnd);
      pad.off();
    };
  }, [initial]);

  useEffect(() => {
    if (isDisabled === true) padRef.current?.off();
    else padRef.current?.on();
  }, [isDisabled]);

  return (
    <div className="signature">
      <span id={labelId} className="field-label">
        {label} <span className={`badge ${value === null ? 'badge-wait' : 'badge-ok'}`}>{value === null ? S.notSigned : S.signed}</span>
      </span>
      <canvas
        ref={canvasRef}
        width={420}
        height={160}
        className="signature-canvas"
        role="img"
        aria-labelledby={labelId}
        aria-description={S.signHere(label)}
      />
      <Button
        variant="quiet"
        isDisabled={isDisabled ?? false}
        onPress={() => {
          padRef.current?.clear();
          onChange(null);
        }}
      >
        {S.clear}
      </Button>
    </div>
  );
}
