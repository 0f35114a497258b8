import { Link } from 'react-router-dom';

export function NotFoundPage() {
  return (
    <section>
      <h1>Page introuvable</h1>
      <p>
        Cette adresse ne correspond à aucune vue. <Link to="/">Retour à la carte</Link>
      </p>
    </section>
  );
}
