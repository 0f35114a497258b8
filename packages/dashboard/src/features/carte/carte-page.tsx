import { HealthBadge } from '../../app/health-badge';

export function CartePage() {
  return (
    <section>
      <h1>Carte des pôles ESS</h1>
      <HealthBadge />
    </section>
  );
}
