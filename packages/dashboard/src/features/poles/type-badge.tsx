import { TYPE_POLE_COULEURS, TYPE_POLE_LABELS, type TypePole } from '@poles-ess/shared';

export function TypeBadge({ type }: { type: TypePole }) {
  return (
    <span className="type-badge">
      <span className="type-badge-swatch" style={{ background: TYPE_POLE_COULEURS[type] }} aria-hidden="true" />
      {TYPE_POLE_LABELS[type]}
    </span>
  );
}
