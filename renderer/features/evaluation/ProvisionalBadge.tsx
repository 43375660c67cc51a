import { Button, Tooltip, TooltipTrigger } from 'react-aria-components';
import { EVALUATION_STRINGS as S } from './strings';

/**
 * "geçici": a value from public announcements that headquarters can still correct. The explanation (source and last
 * confirmation) shows on hover and on keyboard focus, and follows the visible word in the button's name.
 */
export function ProvisionalBadge({ explanation, label = S.provisionalShort }: { readonly explanation: string; readonly label?: string }) {
  return (
    <TooltipTrigger delay={300}>
      <Button className="badge badge-provisional" aria-label={`${label}: ${explanation}`}>
        {label}
      </Button>
      <Tooltip className="tooltip" placement="top">
        {explanation}
      </Tooltip>
    </TooltipTrigger>
  );
}
