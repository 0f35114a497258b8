import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { STATUT_POLE_LABELS } from '@poles-ess/shared';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { FicheActions, FicheBilan } from './fiche-actions';
import { FicheChiffresCles } from './fiche-chiffres-cles';
import { FicheContact } from './fiche-contact';
import { FicheDocuments } from './fiche-documents';
import { FicheEditeur } from './fiche-editeur';
import { toSourcesParChamp } from './fiche-field';
import { FicheIdentite } from './fiche-identite';
import { FicheMiniMap } from './fiche-mini-map';
import { TypeBadge } from '../../ui/pole/type-badge';
import { POLE_FICHE_QUERY } from './pole-fiche-page-query';
import './pole-fiche.css';

const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' });

export function PoleFichePage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(POLE_FICHE_QUERY, { variables: { id } });
  const pole = data?.pole ?? null;
  const sources = useMemo(() => toSourcesParChamp(pole?.sources ?? [], pole?.source ?? null), [pole]);

  if (loading && !data) return <LoadingState label="Chargement de la fiche…" />;
  if (error) return <ErrorState />;
  if (!pole) {
    return (
      <section>
        <h1>Pôle introuvable</h1>
        <p>
          Aucun pôle ne porte cet identifiant. <Link to="/poles">Retour à la liste des pôles</Link>
        </p>
      </section>
    );
  }
  return (
    <article className="pole-fiche">
      <p className="no-print">
        <Link to="/poles">← Tous les pôles</Link>
      </p>
      <header className="pole-fiche-header">
        <div>
          <h1>{pole.nom}</h1>
          <p className="pole-fiche-meta">
            <TypeBadge type={pole.type} /> · {STATUT_POLE_LABELS[pole.statut]}
            {pole.anneeStatut ? ` (${pole.anneeStatut})` : ''}
          </p>
          <p className="fiche-source">
            Provenance : {pole.source ?? 'source non renseignée'}. Une valeur dont la source diffère la nomme à côté d’elle. Fiche
            modifiée le {DATE.format(new Date(pole.modifieLe))}.
          </p>
        </div>
        <FicheMiniMap pole={pole} />
      </header>
      <FicheEditeur id={pole.id} />
      <div className="pole-fiche-columns">
        <div>
          <FicheContact pole={pole} sources={sources} />
          <FicheChiffresCles pole={pole} />
          <FicheIdentite pole={pole} sources={sources} />
        </div>
        <div>
          <FicheActions pole={pole} sources={sources} />
          <FicheBilan pole={pole} sources={sources} />
          <FicheDocuments pole={pole} />
        </div>
      </div>
    </article>
  );
}
