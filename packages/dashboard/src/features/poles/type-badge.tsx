import { TYPE_POLE_LABELS, type TypePole } from '@poles-ess/shared';
import { TYPE_POLE_COLORS } from './type-pole-colors';

export function TypeBadge({ type }: { type: TypePole }) {
  return (
    <span className="type-badge">
      <span className="type-badge-swatch" style={{ background: TYPE_POLE_COLORS[type] }} aria-hidden="true" />
      {TYPE_POLE_LABELS[type]}
    </span>
  );
}
