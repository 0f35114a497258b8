import { TYPE_POLE_COULEURS, TYPE_POLE_LABELS, type TypePole } from '@poles-ess/shared';
import './type-badge.css';

/** The type of a pole as every view shows it: its colour (TYPE_POLE_COULEURS, the only one) and its name. */
export function TypeSwatch({ type }: { type: TypePole }) {
  return <span className="type-swatch" style={{ background: TYPE_POLE_COULEURS[type] }} aria-hidden="true" />;
}

export function TypeBadge({ type }: { type: TypePole }) {
  return (
    <span className="type-badge">
      <TypeSwatch type={type} />
      {TYPE_POLE_LABELS[type]}
    </span>
  );
}
